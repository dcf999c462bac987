package org.fazhi.registry.report;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ReportParser;
import org.fazhi.registry.extraction.ThemeTagger;
import org.fazhi.registry.graphql.Expensive;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;
import org.fazhi.registry.organisation.OrganisationQuery;
import org.fazhi.registry.organisation.OrganisationView;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.ViewLists;

/** The reports part of the API. */
@GraphQLApi
public class ReportGraphQL {

    @Inject
    ReportQuery query;

    @Inject
    ViewLists lists;

    @Inject
    ReportService service;

    @Inject
    ReportNodeLoader loader;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @Inject
    OrganisationQuery organisations;

    @Inject
    ReportParser parser;

    private final ThemeTagger themes = new ThemeTagger();

    @Inject
    Context context;

    @Query("report")
    @Description("One report by its global ID, in whatever state; null when none has it.")
    public ReportView report(@NonNull @Id @Name("id") @Description("The report's global ID.") String id) {
        return loader.find(id, Selection.fields(context, "Query", "report"));
    }

    @Query("reports")
    @Description("Reports, filtered, ordered (by default in the order they were submitted) and paged; current reports unless a state is asked for.")
    public @NonNull ReportConnection reports(
            @Name("first") @Description("How many reports to return, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return reports after this cursor.") String after,
            @Name("filter") @Description("Which reports to return.") ReportFilter filter,
            @Name("orderBy") @Description("The order to return them in; by submission when omitted.") ReportOrder orderBy)
            throws InvalidArgumentException {
        Ordering<ReportView> ordering = ReportOrder.ordering(orderBy);
        Conditions reports = ReportConditions.of(filter);
        return ReportConnection.of(ordering.page(lists, ReportQuery.REPORTS, reports, PageRequest.of(first, after),
                Selection.nodeFields(context, "Query", "reports")), ordering,
                () -> lists.count(ReportQuery.REPORTS, reports));
    }

    @Description("How many reports the whole filtered list holds.")
    public int totalCount(@Source ReportConnection connection) {
        return connection.total().get();
    }

    @Expensive
    @Query("parseReport")
    @Description("Reads a report text as `submitReport` would and returns everything found, storing nothing: a preview.")
    public @NonNull ReportPreview parseReport(
            @NonNull @Name("text") @Description("The report's full text, at most 1 MB of UTF-8.") String text)
            throws InvalidArgumentException {
        List<UserError> errors = new ArrayList<>();
        ParsedReport parsed = ReportTextRules.storable(text, "text", errors) ? parser.parse(text) : null;
        if (parsed != null) {
            ReportSizeRules.check(parsed, "text", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidArgumentException(errors.get(0).message());
        }
        return ReportPreview.of(parsed, themes);
    }

    @Expensive
    @Mutation("submitReport")
    @Description("Stores a report text for an organisation and year; a text stored before is recognised, a different one supersedes the current version unless its dates show it is older.")
    public @NonNull SubmitReportPayload submitReport(
            @NonNull @Name("input") @Description("The report and whom it belongs to.") SubmitReportInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("submitReport", actor.subject(), input.idempotencyKey(), input),
                SubmitReportPayload.ANSWER, () -> SubmitReportPayload.of(service.submit(input, actor)));
    }

    @Expensive
    @Mutation("submitStructuredReport")
    @Description("Stores a report an integrator already holds in structure (metadata, sections, items): validated, no text parsing; the same structure again is recognised, a different one supersedes the current version unless its dates show it is older.")
    public @NonNull SubmitReportPayload submitStructuredReport(
            @NonNull @Name("input") @Description("The report's metadata and sections, and whom it belongs to.") SubmitStructuredReportInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("submitStructuredReport", actor.subject(), input.idempotencyKey(), input),
                SubmitReportPayload.ANSWER, () -> SubmitReportPayload.of(service.submitStructured(input, actor)));
    }

    @Description("The organisation that issued the report.")
    public List<@NonNull OrganisationView> organisation(@Source List<ReportView> reports) {
        Map<Long, OrganisationView> byId = organisations.byIds(
                reports.stream().map(ReportView::organisationKey).collect(Collectors.toSet()),
                Selection.fields(context, "Report", "organisation"));
        return reports.stream().map(r -> byId.get(r.organisationKey())).toList();
    }

    @Description("Who submitted the text: the subject of their token. Null unless the request carries the token of a reader, editor or reviewer.")
    public String submittedBy(@Source ReportView report) {
        return caller.readsRestricted() ? report.submittedBy() : null;
    }
}
