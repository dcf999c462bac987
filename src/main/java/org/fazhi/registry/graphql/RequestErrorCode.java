package org.fazhi.registry.graphql;

import graphql.validation.ValidationErrorClassification;

/**
 * The {@code extensions.code} of errors that refuse a request as a whole, before anything is executed. Errors of
 * single fields carry the code of their exception (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT …).
 */
public enum RequestErrorCode implements ValidationErrorClassification {
    /** The body is not a GraphQL-over-HTTP request: not JSON, or without a document. */
    BAD_REQUEST,
    /** The document does not parse, or has more tokens than the service reads. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not validate against the schema. */
    GRAPHQL_VALIDATION_FAILED,
    /** A variable's value does not fit its type, or the operation to run is not in the document. */
    BAD_USER_INPUT,
    /** The operation nests fields deeper than the service allows. */
    QUERY_TOO_DEEP,
    /** The operation asks for more fields than the service allows in one request. */
    QUERY_TOO_COMPLEX
}
