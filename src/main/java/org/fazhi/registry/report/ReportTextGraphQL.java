package org.fazhi.registry.report;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.graphql.ReadBudget;

/**
 * The texts of reports, read for all reports of a response in one query, as far as the request's {@link ReadBudget}
 * allows (a report's texts may each be a megabyte), and a withdrawn report's only to those whose token lets them.
 */
@GraphQLApi
public class ReportTextGraphQL {

    @Inject
    ReportQuery query;

    @Inject
    ReadBudget budget;

    @Inject
    Caller caller;

    @Description("The text exactly as submitted, byte for byte; for a report submitted as a document, the text read from it (the document itself is `document`). Null for a withdrawn report unless the request carries the token of a reader, editor or reviewer.")
    public List<String> originalText(@Source List<ReportView> reports) {
        Map<Long, byte[]> texts = charged(query.originalTexts(servedTexts(reports), budget.allowance()));
        return reports.stream().map(r -> texts.get(r.key())).map(t -> t == null ? null : new String(t, StandardCharsets.UTF_8))
                .toList();
    }

    @Description("The text the registry analysed: simplified characters, web residue and page breaks removed. All offsets point into it. Null for a withdrawn report unless the request carries the token of a reader, editor or reviewer.")
    public List<String> normalisedText(@Source List<ReportView> reports) {
        Map<Long, String> texts = charged(query.normalisedTexts(servedTexts(reports), budget.allowance()));
        return reports.stream().map(r -> texts.get(r.key())).toList();
    }

    private <T> Map<Long, T> charged(ReportQuery.Texts<T> texts) {
        budget.charge(texts.bytes());
        if (!texts.complete()) {
            throw ReadBudget.busy(); // the service had less room when the texts were read than when they were charged
        }
        return texts.byId();
    }

    /** The reports whose texts this request may read: a withdrawn report's only with a token. */
    private List<Long> servedTexts(List<ReportView> reports) {
        boolean restricted = caller.readsRestricted();
        return reports.stream().filter(r -> restricted || r.state() != ReportState.WITHDRAWN).map(ReportView::key).toList();
    }
}
