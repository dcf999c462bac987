package org.fazhi.registry.persistence;

import java.util.Map;

/**
 * An order of rows by a sort expression and then by id, both one way, or by id alone. The id breaks ties, so every row
 * has one place and a page starts right after the last row of the one before, however many rows share a value.
 *
 * @param expression the HQL expression sorted on, e.g. {@code r.reportYear}, never null for a row (nullable columns are
 *     coalesced); null to order by id alone
 * @param idColumn the row's id, e.g. {@code r.id}
 */
public record KeysetOrder(String expression, String idColumn, boolean descending) {

    /** The ORDER BY list. */
    public String orderBy() {
        String direction = descending ? " desc" : " asc";
        return expression == null ? idColumn + direction : expression + direction + ", " + idColumn + direction;
    }

    /** The rows after the one whose id is {@code key} and whose sort value is {@code value} (ignored by id alone). */
    public Keyset after(Object value, long key) {
        String comparison = descending ? " < " : " > ";
        if (expression == null) {
            return new Keyset(idColumn + comparison + ":afterKey", Map.of("afterKey", key));
        }
        // A row comparison, which an index on (expression, id) answers as a range.
        return new Keyset("(" + expression + ", " + idColumn + ")" + comparison + "(:afterValue, :afterKey)",
                Map.of("afterValue", value, "afterKey", key));
    }
}
