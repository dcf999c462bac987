package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("DeadlineRule")
@Description("By when reports must be public: before a day of the year after the year reported on, for a division's subtree and a year or every year. The rule of the nearest division wins; among those, a rule for the year beats one for every year.")
public record DeadlineRuleView(
        @Ignore long key,
        @Description("The division whose subtree the rule holds for; null for the whole country.") String divisionCode,
        @Description("The year reported on the rule holds for; null for every year.") Integer reportYear,
        @NonNull @Description("Reports must be public before this month of the following year…") int dueBeforeMonth,
        @NonNull @Description("…and this day of that month: 4 and 1 is Art. 24's \"before 1 April\".") int dueBeforeDay,
        @NonNull @Description("Where the rule comes from, e.g. 《法治政府建设与责任落实督察工作规定》第二十四条.") String basis) {

    static DeadlineRuleView of(DeadlineRule rule) {
        return new DeadlineRuleView(rule.id, rule.divisionCode, rule.reportYear, rule.dueBeforeMonth, rule.dueBeforeDay,
                rule.basis);
    }
}
