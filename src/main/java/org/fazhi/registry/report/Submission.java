package org.fazhi.registry.report;

import java.util.List;
import org.fazhi.registry.outcome.UserError;

/**
 * What a report submission did.
 *
 * @param report the stored report: the new version, or the stored one with the same text; null when refused
 * @param current the version current for the organisation and year after the submission; null when none is
 */
public record Submission(Report report, boolean created, boolean organisationCreated, Report current,
        List<UserError> userErrors) {

    public static Submission refused(List<UserError> errors) {
        return refused(errors, null);
    }

    static Submission refused(List<UserError> errors, Report current) {
        return new Submission(null, false, false, current, List.copyOf(errors));
    }
}
