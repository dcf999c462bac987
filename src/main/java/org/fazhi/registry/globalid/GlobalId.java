package org.fazhi.registry.globalid;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque global identifiers, as the API's Node interface, mutation inputs and document downloads carry them: the type
 * name and the row id, base64url encoded, so clients treat them as tokens and the service can tell which table an id
 * points to.
 */
public record GlobalId(NodeType type, long id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final char SEPARATOR = ':';

    public String encode() {
        return ENCODER.encodeToString((type.name() + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(NodeType type, long id) {
        return new GlobalId(type, id).encode();
    }

    /** The id {@code value} stands for, or empty when it is not an id this service issued. */
    public static Optional<GlobalId> decode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            String raw = new String(DECODER.decode(value.strip()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(SEPARATOR);
            if (colon < 0) {
                return Optional.empty();
            }
            NodeType type = NodeType.valueOf(raw.substring(0, colon));
            long id = Long.parseLong(raw.substring(colon + 1));
            return id > 0 ? Optional.of(new GlobalId(type, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The row id when {@code value} is an id of the expected type. */
    public static Optional<Long> decode(String value, NodeType expected) {
        return decode(value).filter(g -> g.type() == expected).map(GlobalId::id);
    }
}
