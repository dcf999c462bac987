package org.fazhi.registry.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader took from a document.
 *
 * @param format the format the bytes were read as
 * @param text the report's text, one paragraph a line, as a person would copy it out of the document
 * @param fields the metadata the document states apart from its text, label as the publisher writes it
 *        (索引号, 发布机构, 成文日期 …) → value, in document order; empty when it states none
 */
public record ReadDocument(DocumentFormat format, String text, Map<String, String> fields) {

    public ReadDocument {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
