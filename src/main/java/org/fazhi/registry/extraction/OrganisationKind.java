package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/** What kind of body issues a report, read from the words of its name. */
@Description("The kind of government body that issues reports.")
public enum OrganisationKind {
    @Description("A people's government (人民政府) of a province, city, county or district.")
    GOVERNMENT,
    @Description("A government's general office (政府办公室/办公厅).")
    GOVERNMENT_OFFICE,
    @Description("A government department: a ministry, bureau, commission or office (部、局、委、办、厅).")
    DEPARTMENT,
    @Description("A development zone or its management committee (开发区、高新区、经开区 管委会/管理办公室).")
    DEVELOPMENT_ZONE,
    @Description("A township, town or subdistrict (乡、镇、街道).")
    TOWNSHIP,
    @Description("A party committee or working committee (党委、党工委、党组, 中共…委员会) or one of their working bodies, reporting in its own name.")
    PARTY_COMMITTEE,
    @Description("Any other body.")
    OTHER
}
