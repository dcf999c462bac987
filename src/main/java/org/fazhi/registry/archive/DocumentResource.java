package org.fazhi.registry.archive;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.auth.AccessRefusedException;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.auth.Caller;
import org.fazhi.registry.auth.OutOfScopeException;
import org.fazhi.registry.auth.Role;
import org.fazhi.registry.auth.UnauthenticatedException;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Expensive;
import org.fazhi.registry.graphql.ServiceException;
import org.fazhi.registry.idempotency.IdempotentWrites;
import org.fazhi.registry.idempotency.WriteRequest;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;
import org.fazhi.registry.report.Report;
import org.fazhi.registry.report.ReportState;
import org.fazhi.registry.report.Submission;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Documents over plain HTTP, for clients that send files: {@code POST /documents} takes a multipart form whose
 * fields are those of {@code SubmitDocumentInput} (the file in {@code content}); {@code GET /documents/{reportId}}
 * returns the exact bytes a report was read from (a withdrawn report's only with a token).
 */
@Path("/documents")
public class DocumentResource {

    /** Unprocessable Content: the status of a refused upload that has none of its own (413, 415). */
    private static final int UNPROCESSABLE = 422;

    @Inject
    DocumentSubmissionService service;

    @Inject
    Caller caller;

    @Inject
    IdempotentWrites writes;

    @POST
    @Expensive
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@BeanParam UploadForm form) {
        Actor actor;
        try {
            actor = caller.requireRole(Role.EDITOR);
        } catch (AccessRefusedException e) {
            return refusal(e instanceof UnauthenticatedException ? 401 : 403, e.getMessage());
        }
        Optional<UserError> invalid = form.invalid();
        if (invalid.isPresent()) {
            return answer(UploadAnswer.of(Submission.refused(List.of(invalid.get()))));
        }
        try {
            return answer(writes.once(new WriteRequest("POST /documents", actor.subject(), form.idempotencyKey,
                    form.fingerprint()), UploadAnswer.ANSWER, () -> UploadAnswer.of(service.submit(form.upload(), actor))));
        } catch (OutOfScopeException e) {
            return refusal(403, e.getMessage());
        }
    }

    @GET
    @Transactional
    @Path("/{reportId}")
    public Response download(@PathParam("reportId") String reportId) {
        ReportDocument document = GlobalId.decode(reportId, NodeType.Report)
                .map(id -> ReportDocument.<ReportDocument>findById(id)).orElse(null);
        if (document == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        if (Report.<Report>findById(document.reportId).state == ReportState.WITHDRAWN && !caller.readsRestricted()) {
            return refusal(401, "the report was withdrawn: its document is served only with the token of a reader, "
                    + "editor or reviewer");
        }
        Response.ResponseBuilder response = Response.ok(document.content, document.mediaType)
                .tag(document.sha256)
                // The bytes are the publisher's: never let a browser run a stored page in this service's origin.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox");
        if (document.fileName != null) {
            response.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(document.fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return response.build();
    }

    private static Response answer(UploadAnswer answer) {
        if (answer.report() == null) {
            UserErrorCode code = answer.userErrors().get(0).code();
            int status = switch (code) {
                case DOCUMENT_TOO_LARGE -> 413;
                case UNSUPPORTED_DOCUMENT -> 415;
                default -> UNPROCESSABLE;
            };
            return Response.status(status).entity(answer).build();
        }
        return answer.created()
                ? Response.created(URI.create(DocumentView.PATH + answer.report().id())).entity(answer).build()
                : Response.ok(answer).build();
    }

    /** An upload that could not be taken on now, e.g. SERVICE_BUSY: 503 when a retry may succeed, else 500. */
    @ServerExceptionMapper
    Response refused(ServiceException refusal) {
        return Response.status(refusal.code().retryable() ? 503 : 500).entity(new Refusal(refusal.getMessage())).build();
    }

    private static Response refusal(int status, String message) {
        return Response.status(status).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(new Refusal(message)).build();
    }

    /** Why a request was refused before it was read: no or a wrong token, or the service's state. */
    public record Refusal(String message) {
    }
}
