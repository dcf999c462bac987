package org.fazhi.registry.extraction;

/** How well a later text shows a commitment carried out (or a problem repeated). */
public enum MatchStrength {
    /** Most of what is distinctive in the commitment, its title above all, is there. */
    STRONG,
    /** The core is there but part is not, or the match is weak. */
    PARTIAL,
    /** Too little in common. */
    NONE
}
