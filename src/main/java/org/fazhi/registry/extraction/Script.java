package org.fazhi.registry.extraction;

/** The Chinese script a report was written in; analysis always runs on the simplified form. */
public enum Script {
    /** 简体字. */
    SIMPLIFIED,
    /** 繁體字: converted to simplified for analysis, the original text is kept by the caller. */
    TRADITIONAL
}
