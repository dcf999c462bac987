package org.fazhi.registry.graphql;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.Keyset;
import org.fazhi.registry.persistence.KeysetOrder;
import org.fazhi.registry.persistence.ViewList;
import org.fazhi.registry.persistence.ViewLists;

/**
 * The order of a connection: by a {@link SortField} and then by id, or by id alone when the client gave
 * no {@code orderBy}. Cursors carry the sort value beside the id so that a page continues exactly
 * after the last row of the previous one (keyset pagination), however many rows share a value.
 */
public record Ordering<V extends Record>(SortField<V> field, OrderDirection direction) {

    public static <V extends Record> Ordering<V> byId() {
        return new Ordering<>(null, OrderDirection.ASC);
    }

    public static <V extends Record> Ordering<V> of(SortField<V> field, OrderDirection direction) {
        return field == null ? byId() : new Ordering<>(field, direction == null ? OrderDirection.ASC : direction);
    }

    /**
     * A page of {@code list} in this order: the rows {@code filter} selects after the page's cursor, with the columns
     * behind {@code fields}.
     */
    public Slice<V> page(ViewLists lists, ViewList<V> list, Conditions filter, PageRequest page, Set<String> fields)
            throws InvalidArgumentException {
        String id = list.idColumn();
        // One row more than the page holds tells whether another page follows.
        return Slice.of(lists.read(list, filter, order(id), after(page, id), withSortField(fields), page.first() + 1),
                page);
    }

    /** The order over rows whose id is {@code idColumn}, with the id as the tie-breaker in the same direction. */
    private KeysetOrder order(String idColumn) {
        return new KeysetOrder(field == null ? null : field.key().expression(), idColumn,
                direction == OrderDirection.DESC);
    }

    /** Where the page starts in this order: after the row of its cursor, which must be a cursor of this ordering. */
    private Keyset after(PageRequest page, String idColumn) throws InvalidArgumentException {
        Cursor cursor = page.after();
        if (cursor == null) {
            return Keyset.START;
        }
        String fieldName = field == null ? null : field.name();
        if (!Objects.equals(fieldName, cursor.field())) {
            throw new InvalidArgumentException("`after` is a cursor of another ordering of this connection");
        }
        return order(idColumn).after(field == null ? null : sortValue(cursor), cursor.key());
    }

    private Object sortValue(Cursor cursor) throws InvalidArgumentException {
        try {
            return field.key().type().parse(cursor.value());
        } catch (RuntimeException e) {
            throw new InvalidArgumentException("`after` is not a cursor of this connection");
        }
    }

    /** {@code fields} and the view field the sort value is read from, which cursors need. */
    private Set<String> withSortField(Set<String> fields) {
        if (field == null || fields.contains(field.key().field())) {
            return fields;
        }
        Set<String> all = new HashSet<>(fields);
        all.add(field.key().field());
        return all;
    }

    /** The cursor of {@code row}, whose id is {@code key}. */
    public String cursor(V row, long key) {
        return (field == null ? new Cursor(key, null, null)
                : new Cursor(key, field.name(), String.valueOf(field.key().value().apply(row)))).encode();
    }
}
