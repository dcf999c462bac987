package org.fazhi.registry.extraction;

/** How serious a compliance finding is. */
public enum Severity {
    /** The report breaks a rule of the regulation. */
    VIOLATION,
    /** Something a reviewer should look at. */
    WARNING
}
