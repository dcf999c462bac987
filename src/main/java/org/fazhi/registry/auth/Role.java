package org.fazhi.registry.auth;

/** What a token's {@code groups} claim may allow its bearer to change. */
public enum Role {
    /** Organisations and reports. */
    EDITOR("editor"),
    /** Reviews of commitments. */
    REVIEWER("reviewer");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The value of the {@code groups} claim that grants this role. */
    public String group() {
        return group;
    }
}
