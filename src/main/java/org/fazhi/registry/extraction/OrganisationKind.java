package org.fazhi.registry.extraction;

/** What kind of body issued a report, read from its name (or from the pronoun it uses for itself). */
public enum OrganisationKind {
    /** 人民政府: a people's government at any level. */
    GOVERNMENT,
    /** 政府办公室 / 办公厅: the general office of a government. */
    GOVERNMENT_OFFICE,
    /** 局、委、办、厅 …: a working department of a government. */
    DEPARTMENT,
    /** 开发区、高新区、经开区 and their 管委会 / 管理办公室. */
    DEVELOPMENT_ZONE,
    /** 乡、镇、街道. */
    TOWNSHIP,
    OTHER
}
