package org.fazhi.registry.auth;

/**
 * Who makes a change: the subject recorded with it, and the part of the administrative map whose organisations
 * it may change.
 */
public record Actor(String subject, DivisionScope scope) {

    /** The registry itself or a loader it runs (the demo data): recorded under {@code subject}, national scope. */
    public static Actor system(String subject) {
        return new Actor(subject, DivisionScope.NATIONAL);
    }
}
