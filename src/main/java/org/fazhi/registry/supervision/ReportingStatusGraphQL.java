package org.fazhi.registry.supervision;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.division.DivisionCodes;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.organisation.OrganisationQuery;
import org.fazhi.registry.organisation.OrganisationView;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.ReportQuery;
import org.fazhi.registry.report.ReportView;

/** Supervision: who of the bodies obliged to report has published, late, without a date, or not at all. */
@GraphQLApi
public class ReportingStatusGraphQL {

    @Inject
    ReportingStatusQuery query;

    @Inject
    DivisionDirectory divisions;

    @Inject
    OrganisationQuery organisations;

    @Inject
    ReportQuery reports;

    @Inject
    Context context;

    @Query("reportingStatus")
    @Description("One row per body obliged to report on the year (see `setReportingObligations`, `deriveReportingObligations`): published on time, late (with the days), without a known publication date, or missing; with the counts and rates of the whole list.")
    public @NonNull ReportingStatusConnection reportingStatus(
            @NonNull @Name("year") @Description("The year reported on.") int year,
            @Name("divisionCode") @Description("Only bodies in this division's subtree, e.g. 500000 for all of 重庆市; all when omitted.") String divisionCode,
            @Name("kind") @Description("Only bodies of this kind.") OrganisationKind kind,
            @Name("first") @Description("How many bodies to return, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return bodies after this cursor.") String after) throws InvalidArgumentException {
        PageRequest page = PageRequest.of(first, after);
        Conditions obligations = ReportingStatusQuery.obligations(year, knownDivision(divisionCode), kind);
        return ReportingStatusConnection.of(query.page(obligations, page), query.summary(obligations));
    }

    private String knownDivision(String code) throws InvalidArgumentException {
        if (code == null) {
            return null;
        }
        String normalised = DivisionCodes.normalise(code);
        if (normalised == null || divisions.byCode(normalised) == null) {
            throw new InvalidArgumentException("`divisionCode` names no division: " + code);
        }
        return normalised;
    }

    @Description("The body obliged to report.")
    public List<@NonNull OrganisationView> organisation(@Source List<ObligationStatusView> statuses) {
        Map<Long, OrganisationView> byId = organisations.byIds(statuses.stream()
                .map(ObligationStatusView::organisationKey).collect(Collectors.toSet()),
                Selection.fields(context, "ObligationStatus", "organisation"));
        return statuses.stream().map(s -> byId.get(s.organisationKey())).toList();
    }

    @Description("The body's current report on the year; null when missing.")
    public List<ReportView> report(@Source List<ObligationStatusView> statuses) {
        Map<Long, ReportView> byId = reports.byIds(statuses.stream().map(ObligationStatusView::reportKey)
                .filter(Objects::nonNull).collect(Collectors.toSet()), Selection.fields(context, "ObligationStatus", "report"));
        return statuses.stream().map(s -> s.reportKey() == null ? null : byId.get(s.reportKey())).toList();
    }

    @Transactional
    @Description("The deadline rule that applied to the body: its division's nearest rule, for the year or for every year.")
    public List<@NonNull DeadlineRuleView> deadlineRule(@Source List<ObligationStatusView> statuses) {
        List<Long> ids = statuses.stream().map(ObligationStatusView::ruleKey).distinct().toList();
        Map<Long, DeadlineRule> byId = DeadlineRule.<DeadlineRule>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r));
        return statuses.stream().map(s -> DeadlineRuleView.of(byId.get(s.ruleKey()))).toList();
    }
}
