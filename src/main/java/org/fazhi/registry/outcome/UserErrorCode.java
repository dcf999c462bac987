package org.fazhi.registry.outcome;

import io.smallrye.graphql.api.Deprecated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("UserErrorCode")
@Description("Why a mutation refused its input. Codes are stable; messages may change.")
public enum UserErrorCode {
    @Description("A required field is missing or blank.")
    REQUIRED,
    @Description("An ID is not one this service issued, or points to another type of object.")
    INVALID_ID,
    @Description("No object exists with the given ID or key.")
    NOT_FOUND,
    @Description("The unified social credit code (统一社会信用代码) is not 18 valid characters with a correct check character (GB 32100-2015).")
    INVALID_CREDIT_CODE,
    @Description("The administrative division code is neither six digits (GB/T 2260) nor nine (a township).")
    INVALID_DIVISION_CODE,
    @Description("The administrative division code is well formed but names no division of the registry's table.")
    UNKNOWN_DIVISION,
    @Description("Another organisation already holds this credit code or external identifier.")
    DUPLICATE,
    @Description("The parent would make the organisation its own ancestor.")
    PARENT_CYCLE,
    @Description("The report text is empty.")
    TEXT_EMPTY,
    @Description("The report text is larger than the service accepts.")
    TEXT_TOO_LARGE,
    @Description("The report text holds a lone surrogate (half of a UTF-16 pair, e.g. `\\uD800` alone), which cannot be stored byte for byte.")
    TEXT_MALFORMED,
    @Description("The report holds more parts than the registry keeps for one report: at most 1,000 items, 200 commitments, 200 problems, 2,000 metrics and 1,000 citations.")
    REPORT_TOO_LARGE,
    @Description("The report text contains no Chinese character, so it cannot be a report.")
    TEXT_NOT_CHINESE,
    @Description("The organisation is neither given nor detectable from the text.")
    ORGANISATION_REQUIRED,
    @Description("The report year is neither given nor detectable from the text.")
    YEAR_REQUIRED,
    @Description("The year lies outside the range the registry accepts.")
    YEAR_OUT_OF_RANGE,
    @Description("A value is not valid for its field, e.g. a malformed URL.")
    INVALID_VALUE,
    @Description("The report was already withdrawn. No longer returned: a repeated withdrawal answers with the first one.")
    @Deprecated(reason = "withdrawReport is idempotent: a repeated withdrawal answers with the first one. Kept until two releases after 1.0.")
    ALREADY_WITHDRAWN,
    @Description("An organisation cannot be merged into itself.")
    MERGE_INTO_ITSELF,
    @Description("The two organisations hold different credit codes, so they are different bodies.")
    CONFLICTING_CREDIT_CODES,
    @Description("The document is not an HTML page, a Word (.docx) file or a PDF file, is damaged or encrypted, or its bytes contradict its declared media type.")
    UNSUPPORTED_DOCUMENT,
    @Description("The document has no text to read, e.g. a scanned PDF without a text layer.")
    DOCUMENT_HAS_NO_TEXT,
    @Description("The document is larger than 20 MB, or beyond a reading limit (pages, reading time, expansion of its compressed parts).")
    DOCUMENT_TOO_LARGE,
    @Description("The idempotency key was used within the last 24 hours for a request with another input or another mutation; choose a new key for a new request.")
    IDEMPOTENCY_KEY_REUSED,
    @Description("Another version of the report became current after the one named in `supersedes`; nothing was changed. The message names the current version, which `currentReport` returns.")
    STALE_VERSION
}
