package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("StructuredItemInput")
@Description("An item of a structured report: an enumerated item or a paragraph standing as one.")
public record StructuredItemInput(
        @Description("The enumeration marker as held, e.g. (一), 一是, 1.; null for an unnumbered paragraph.") String marker,
        @Description("The lead phrase, e.g. 加强依法行政能力建设.") String title,
        @Description("The item's text without its marker; required.") String text,
        @Description("Items enumerated inside this one.") List<StructuredItemInput> children) {
}
