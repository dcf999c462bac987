package org.fazhi.registry.archive;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.Expensive;
import org.fazhi.registry.report.ReportView;
import org.fazhi.registry.report.SubmitReportPayload;

/** Reports submitted as the documents they were published as, and the documents kept. */
@GraphQLApi
public class DocumentGraphQL {

    @Inject
    DocumentSubmissionService service;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @Expensive
    @Mutation("submitDocument")
    @Description("Stores a report from the document it was published as (web page, .docx or PDF, at most 20 MB): its text is read as `submitReport` reads a text, its metadata table as fields, and the document is kept. The same bytes again return the same report.")
    public @NonNull SubmitReportPayload submitDocument(
            @NonNull @Name("input") @Description("The document and whom it belongs to.") SubmitDocumentInput input)
            throws AccessRefusedException {
        Actor actor = caller.requireRole(Role.EDITOR);
        return writes.once(new WriteRequest("submitDocument", actor.subject(), input.idempotencyKey(), input),
                SubmitReportPayload.ANSWER, () -> SubmitReportPayload.of(service.submit(input.upload(), actor)));
    }

    @Transactional
    @Description("The document the report was read from; null for a report submitted as text or structure.")
    public List<DocumentView> document(@Source List<ReportView> reports) {
        Map<Long, ReportDocument> documents = Batches.byId(reports.stream().map(ReportView::key).toList(),
                keys -> ReportDocument.list("reportId in ?1", keys), d -> d.reportId);
        return reports.stream().map(r -> documents.get(r.key())).map(d -> d == null ? null : DocumentView.of(d)).toList();
    }
}
