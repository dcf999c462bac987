package org.fazhi.registry.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.division.DivisionCodes;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.outcome.Outcome;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.report.ReportTextRules;

/** Stores deadline rules, one per division subtree and year. */
@ApplicationScoped
@Transactional
public class DeadlineService {

    private final DivisionDirectory divisions;

    public DeadlineService(DivisionDirectory divisions) {
        this.divisions = divisions;
    }

    public Outcome<DeadlineRule> set(SetReportingDeadlineInput input, Actor actor) {
        List<UserError> errors = new ArrayList<>();
        Optional<DivisionRecord> division = divisions.check(input.divisionCode(), "input.divisionCode", errors);
        checkDay(input.dueBeforeMonth(), input.dueBeforeDay(), errors);
        ReportTextRules.checkYear(input.reportYear(), "input.reportYear", errors);
        if (input.basis().isBlank()) {
            errors.add(UserError.of("input.basis", UserErrorCode.REQUIRED, "say where the deadline comes from"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors);
        }
        ObligationService.requireScope(division, actor, "a deadline rule without a division");
        String prefix = division.map(d -> DivisionCodes.subtreePrefix(d.code())).orElse("");
        Optional<DeadlineRule> existing = DeadlineRule.findScope(prefix, input.reportYear());
        DeadlineRule rule = existing.orElseGet(DeadlineRule::new);
        rule.divisionCode = division.map(DivisionRecord::code).orElse(null);
        rule.divisionPrefix = prefix;
        rule.reportYear = input.reportYear();
        rule.dueBeforeMonth = (short) input.dueBeforeMonth();
        rule.dueBeforeDay = (short) input.dueBeforeDay();
        rule.basis = input.basis().strip();
        rule.persistAndFlush();
        return existing.isEmpty() ? Outcome.created(rule) : Outcome.changed(rule);
    }

    /** A day every year has: 29 February is refused. */
    private static void checkDay(int month, int day, List<UserError> errors) {
        if (month < 1 || month > 12) {
            errors.add(UserError.of("input.dueBeforeMonth", UserErrorCode.INVALID_VALUE, "a month is 1 to 12, was " + month));
        } else if (day < 1 || day > Month.of(month).length(false)) {
            errors.add(UserError.of("input.dueBeforeDay", UserErrorCode.INVALID_VALUE,
                    "month " + month + " has no day " + day + " in every year"));
        }
    }
}
