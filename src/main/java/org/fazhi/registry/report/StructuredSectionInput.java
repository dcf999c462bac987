package org.fazhi.registry.report;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.extraction.SectionKind;

@Name("StructuredSectionInput")
@Description("A section of a structured report.")
public record StructuredSectionInput(
        @Description("Which part of the annual report the section is; required.") SectionKind kind,
        @Description("The heading without its ordinal, e.g. 2025年主要工作安排.") String heading,
        @Description("The section's items in order.") List<StructuredItemInput> items) {
}
