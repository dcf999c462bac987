package org.fazhi.registry.extraction;

import org.eclipse.microprofile.graphql.Description;

/** The Chinese script a report was written in. */
@Description("The Chinese script of a report's original text.")
public enum Script {
    @Description("Simplified characters (简体).")
    SIMPLIFIED,
    @Description("Traditional characters (繁體); the registry analyses the simplified conversion.")
    TRADITIONAL
}
