package org.fazhi.registry.division;

import org.eclipse.microprofile.graphql.Description;

/** The four levels of the administrative map, numbered from 1 in the table. */
@Description("A level of the administrative map.")
public enum DivisionLevel {
    @Description("省级: a province, autonomous region or municipality (直辖市).")
    PROVINCE,
    @Description("地级: a prefecture-level city, prefecture, autonomous prefecture or league (盟).")
    PREFECTURE,
    @Description("县级: a county, county-level city, district or banner (旗).")
    COUNTY,
    @Description("乡级: a township, town or subdistrict (乡、镇、街道), with a nine-digit code.")
    TOWNSHIP;

    /** The level's number in the table: 1 for PROVINCE to 4 for TOWNSHIP. */
    public int number() {
        return ordinal() + 1;
    }

    public static DivisionLevel of(int number) {
        return values()[number - 1];
    }
}
