package org.fazhi.registry.division;

import org.eclipse.microprofile.graphql.Description;

/**
 * What stands behind a code of the statistics office's list. Its coding rules tell: county-level codes
 * with 7 as fifth digit, and township codes from 400, are zones counted like divisions (类似县级/乡级单位).
 */
@Description("What stands behind a division code.")
public enum DivisionType {
    @Description("A division with a government or subdistrict office of its own (省、市、县、区、乡、镇、街道).")
    ADMINISTRATIVE,
    @Description("A heading of the code list without a government: 市辖区, 县, 省直辖县级行政区划.")
    GROUPING,
    @Description("A zone the statistics office counts like a county or township (开发区, 农场, 园区) without a people's government.")
    FUNCTIONAL_AREA;

    private static final java.util.Set<String> GROUPING_NAMES = java.util.Set.of(
            "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final int COUNTY_ZONE_DIGIT = 4;
    private static final int TOWNSHIP_ZONE_DIGIT = 6;

    static DivisionType of(String code, DivisionLevel level, String name) {
        if (level == DivisionLevel.PREFECTURE && GROUPING_NAMES.contains(name)) {
            return GROUPING;
        }
        if (level == DivisionLevel.COUNTY && code.charAt(COUNTY_ZONE_DIGIT) == '7'
                || level == DivisionLevel.TOWNSHIP && code.charAt(TOWNSHIP_ZONE_DIGIT) >= '4') {
            return FUNCTIONAL_AREA;
        }
        return ADMINISTRATIVE;
    }
}
