package org.fazhi.registry.report;

import java.util.List;
import org.fazhi.registry.outcome.UserError;

/**
 * What a withdrawal did.
 *
 * @param withdrawn the withdrawn report; null when refused
 * @param restored the version that became current again in its place; null when none did
 * @param changed false when the report had been withdrawn before: the first withdrawal stands
 */
record WithdrawalResult(Report withdrawn, Report restored, boolean changed, List<UserError> userErrors) {

    static WithdrawalResult refused(List<UserError> errors) {
        return new WithdrawalResult(null, null, false, List.copyOf(errors));
    }
}
