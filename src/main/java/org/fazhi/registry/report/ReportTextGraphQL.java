package org.fazhi.registry.report;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.ReadBudget;

/**
 * The texts of reports, read for all reports of a response in one query, as far as the request's {@link ReadBudget}
 * allows: a report's texts may each be a megabyte.
 */
@GraphQLApi
public class ReportTextGraphQL {

    @Inject
    ReportQuery query;

    @Inject
    ReadBudget budget;

    @Description("The text exactly as submitted, byte for byte; for a report submitted as a document, the text read from it (the document itself is `document`).")
    public List<@NonNull String> originalText(@Source List<ReportView> reports) {
        Map<Long, byte[]> texts = charged(query.originalTexts(keys(reports), budget.allowance()));
        return reports.stream().map(r -> new String(texts.get(r.key()), StandardCharsets.UTF_8)).toList();
    }

    @Description("The text the registry analysed: simplified characters, web residue and page breaks removed. All offsets point into it.")
    public List<@NonNull String> normalisedText(@Source List<ReportView> reports) {
        Map<Long, String> texts = charged(query.normalisedTexts(keys(reports), budget.allowance()));
        return reports.stream().map(r -> texts.get(r.key())).toList();
    }

    private <T> Map<Long, T> charged(ReportQuery.Texts<T> texts) {
        budget.charge(texts.bytes());
        if (!texts.complete()) {
            throw ReadBudget.busy(); // the service had less room when the texts were read than when they were charged
        }
        return texts.byId();
    }

    private static List<Long> keys(List<ReportView> reports) {
        return reports.stream().map(ReportView::key).toList();
    }
}
