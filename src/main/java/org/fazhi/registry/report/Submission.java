package org.fazhi.registry.report;

import java.util.List;
import org.fazhi.registry.graphql.UserError;

/** What a report submission did. */
public record Submission(Report report, boolean created, boolean organisationCreated, List<UserError> userErrors) {

    static Submission refused(List<UserError> errors) {
        return new Submission(null, false, false, List.copyOf(errors));
    }
}
