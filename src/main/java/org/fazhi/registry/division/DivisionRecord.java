package org.fazhi.registry.division;

/**
 * One division of the map as the registry holds it.
 *
 * @param code six digits (GB/T 2260) for levels 1–3, nine for a township
 * @param parentCode null for a province
 * @param fullName the names from the province down, groupings left out: 重庆市铜梁区庆隆镇
 */
public record DivisionRecord(String code, String parentCode, DivisionLevel level, DivisionType type, String name,
        String fullName) {
}
