package org.fazhi.registry.extraction;

import java.math.BigDecimal;

/**
 * A quantity a reader would chart, e.g. 受理诉求98831件, 筹集善款30余万元, 满意率达97%以上.
 *
 * @param unit the counting unit as written: 次, 件, 万元, %, 人次 …
 * @param qualifier 余, 多, 近, 以上 or 超过; null when the number is exact
 * @param about the clause the quantity stands in, saying what it counts
 * @param span the number with its qualifier and unit
 */
public record ParsedMetric(BigDecimal value, String unit, String qualifier, String about, Span span) {
}
