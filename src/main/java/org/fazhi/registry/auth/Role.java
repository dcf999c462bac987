package org.fazhi.registry.auth;

/** What a token's {@code groups} claim may allow its bearer to do. */
public enum Role {
    /** Organisations, reports, reporting obligations and deadlines. */
    EDITOR("editor"),
    /** Reviews of commitments. */
    REVIEWER("reviewer"),
    /** Reading what anonymous readers do not see: who submitted, reviewed or withdrew, and withdrawn texts. */
    READER("reader");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The value of the {@code groups} claim that grants this role. */
    public String group() {
        return group;
    }
}
