package org.fazhi.registry.archive;

import com.fasterxml.jackson.annotation.JsonValue;
import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import java.util.Base64;
import org.eclipse.microprofile.graphql.Description;

/**
 * File content sent inside a GraphQL request: standard base64 (RFC 4648), line breaks allowed. Kept encoded until
 * needed, so that an oversized document is refused by its length before anything is decoded.
 */
@CustomScalar("Base64")
@Description("Binary content encoded as standard base64 (RFC 4648, `+/` alphabet, padding optional, line breaks ignored).")
public final class Base64Content implements CustomStringScalar, DocumentContent {

    private final String encoded;

    public Base64Content(String encoded) {
        this.encoded = encoded.replaceAll("[\\s]", "");
    }

    @Override
    public long size() {
        int padding = encoded.endsWith("==") ? 2 : encoded.endsWith("=") ? 1 : 0;
        return (long) encoded.length() * 3 / 4 - padding;
    }

    @Override
    public byte[] bytes() {
        return Base64.getDecoder().decode(encoded);
    }

    @Override
    @JsonValue // the content as sent, when an input is compared with a retry's
    public String stringValueForSerialization() {
        return encoded;
    }
}
