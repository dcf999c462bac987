package org.fazhi.registry.supervision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SetReportingDeadlineInput")
@Description("A deadline rule: reports on a year must be public before a day of the following year. It replaces the rule of the same division and year.")
public record SetReportingDeadlineInput(
        @Description("The division whose subtree the rule holds for, e.g. 140000 for 山西省; null for the whole country.") String divisionCode,
        @Description("The year reported on the rule holds for; null for every year.") Integer reportYear,
        @NonNull @Description("The month of the following year, 1–12.") int dueBeforeMonth,
        @NonNull @Description("The day of that month before which reports must be public; 29 February is refused, as it exists only in some years.") int dueBeforeDay,
        @NonNull @Description("Where the rule comes from, e.g. the province's implementing rules.") String basis,
        @Description("A key the client chooses, unique per request, to make retries safe: the same key with the same input within 24 hours returns the first answer without doing anything again.") String idempotencyKey) {
}
