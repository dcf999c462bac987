package org.fazhi.registry.extraction;

import java.util.List;

/**
 * A report an integrator already holds in structured form: its metadata and its sections with their
 * items, as an OA or 督查督办 system keeps them. {@link StructuredReportComposer} turns it into the same
 * {@link ParsedReport} the parser makes from a text, without reading any text.
 *
 * @param planYear the year the NEXT_YEAR_PLAN section is for; null for the report year + 1
 */
public record StructuredReport(ReportMetadata metadata, Integer planYear, List<Section> sections) {

    public StructuredReport {
        sections = List.copyOf(sections);
    }

    /** A section as the integrator holds it. */
    public record Section(SectionKind kind, String heading, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** An item with its marker ((一), 一是 …, or null), lead phrase, text and the items inside it. */
    public record Item(String marker, String title, String text, List<Item> children) {
        public Item {
            children = List.copyOf(children);
        }
    }
}
