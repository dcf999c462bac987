package org.fazhi.registry.persistence;

/**
 * A list of views that clients page through: the rows of an entity that a filter selects, read into a view record
 * ({@link ViewLists} reads it).
 *
 * @param view the view each row is read into
 * @param alias the entity's alias in {@code from}, e.g. {@code r}
 * @param from the query up to its conditions, e.g. {@code "from Report r where "}
 */
public record ViewList<V extends Record>(Class<V> view, String alias, String from) {

    /** The row's id, which ends every order of the list. */
    public String idColumn() {
        return alias + ".id";
    }
}
