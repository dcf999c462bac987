package org.fazhi.registry.graphql;

import graphql.validation.ValidationErrorClassification;

/**
 * The codes ({@code extensions.code}) of the errors the service raises about a request as a whole rather than about
 * one argument or input field, each with whether the same request, sent again later unchanged, may succeed
 * ({@code extensions.retryable}). Every such error of the API takes its code and its retryable mark from here. The
 * codes that refuse a request before it runs are also validation classifications, so the engine writes them out.
 */
public enum ServiceErrorCode implements ValidationErrorClassification {
    /** The request is not a single GraphQL request: not JSON, no document, a batch. */
    BAD_REQUEST(false),
    /** The document does not parse, or has more tokens than the service reads. */
    GRAPHQL_PARSE_FAILED(false),
    /** The document does not validate against the schema, or breaks a rule the engine would not notice (an Int beyond 32 bits). */
    GRAPHQL_VALIDATION_FAILED(false),
    /** A variable's value does not fit its type, or the operation to run is not in the document. */
    BAD_USER_INPUT(false),
    /** The operation nests fields deeper than the service allows. */
    QUERY_TOO_DEEP(false),
    /** The operation selects more fields, once its fragments are expanded, than one request may. */
    QUERY_TOO_COMPLEX(false),
    /** The request carries more report text, or more expensive fields, than one request may. */
    REQUEST_TOO_LARGE(false),
    /** The request reads more report data (texts, parts of reports) than one request may: ask for less at once. */
    RESPONSE_TOO_LARGE(false),
    /**
     * The service is at capacity: as many expensive operations as it runs at once are running, the requests being
     * served hold as much report data as the service holds at once, or every database connection stayed busy for the
     * whole bounded wait. Nothing was changed: retry shortly.
     */
    SERVICE_BUSY(true),
    /** The database cannot be reached: retry once it is back. */
    SERVICE_UNAVAILABLE(true),
    /** The request ran longer than the service allows; the work still running was cancelled and rolled back. */
    TIMEOUT(true),
    /** A concurrent request changed the same data first; nothing was changed: retry. */
    CONFLICT(true),
    /** A fault of the service; {@code extensions.errorId} names it in the service's log. */
    INTERNAL_ERROR(false);

    /** The extension that says whether a retry may succeed. */
    public static final String RETRYABLE = "retryable";
    /** The extension that names an internal fault in the service's log. */
    public static final String ERROR_ID = "errorId";

    private final boolean retryable;

    ServiceErrorCode(boolean retryable) {
        this.retryable = retryable;
    }

    /** True when the same request, sent again later, may succeed. */
    public boolean retryable() {
        return retryable;
    }
}
