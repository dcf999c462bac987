package org.fazhi.registry.report;

import java.util.List;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.extraction.StructuredReport;
import org.fazhi.registry.outcome.UserError;
import org.fazhi.registry.outcome.UserErrorCode;

/** Checks a structured report input field by field and turns it into the extraction's structure. */
final class StructuredReportInputs {

    /** Deeper nesting than (一) › 一是 › ① › 1. is not a report's structure but a mistake. */
    static final int MAX_DEPTH = 4;

    private StructuredReportInputs() {
    }

    static void check(SubmitStructuredReportInput input, List<UserError> errors) {
        if (input.organisation() == null) {
            errors.add(UserError.of("input.organisation", UserErrorCode.ORGANISATION_REQUIRED,
                    "name the organisation by ID or credit code"));
        }
        if (input.reportYear() == null) {
            errors.add(UserError.of("input.reportYear", UserErrorCode.YEAR_REQUIRED, "the report year is required"));
        }
        ReportTextRules.checkYear(input.reportYear(), "input.reportYear", errors);
        ReportTextRules.checkYear(input.planYear(), "input.planYear", errors);
        if (input.sections() == null || input.sections().isEmpty()) {
            errors.add(UserError.of("input.sections", UserErrorCode.REQUIRED, "a report needs at least one section"));
            return;
        }
        long items = input.sections().stream().mapToLong(s -> count(s.items())).sum();
        if (items > ReportSizeRules.MAX_ITEMS) {
            // Refused before each item is looked at: a flood of items must not become a flood of errors.
            ReportSizeRules.limit(items, ReportSizeRules.MAX_ITEMS, "items", "input.sections", errors);
            return;
        }
        for (int s = 0; s < input.sections().size(); s++) {
            StructuredSectionInput section = input.sections().get(s);
            String field = "input.sections." + s;
            if (section.kind() == null) {
                errors.add(UserError.of(field + ".kind", UserErrorCode.REQUIRED, "every section needs its kind"));
            }
            checkItems(section.items(), field + ".items", 1, errors);
        }
    }

    private static void checkItems(List<StructuredItemInput> items, String field, int depth, List<UserError> errors) {
        if (items == null) {
            return;
        }
        if (depth > MAX_DEPTH && !items.isEmpty()) {
            errors.add(UserError.of(field, UserErrorCode.INVALID_VALUE, "items nest at most " + MAX_DEPTH + " deep"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            StructuredItemInput item = items.get(i);
            if (item.text() == null || item.text().isBlank()) {
                errors.add(UserError.of(field + "." + i + ".text", UserErrorCode.REQUIRED, "every item needs its text"));
            }
            checkItems(item.children(), field + "." + i + ".children", depth + 1, errors);
        }
    }

    private static long count(List<StructuredItemInput> items) {
        return items == null ? 0 : items.size() + items.stream().mapToLong(i -> count(i.children())).sum();
    }

    static StructuredReport toStructure(SubmitStructuredReportInput input) {
        ReportMetadata metadata = new ReportMetadata(input.title(), null, null, input.reportYear(),
                input.documentNumber(), input.signer(), input.recipient(), input.issuedDate(), input.publishedDate(),
                input.indexNumber(), null);
        return new StructuredReport(metadata, input.planYear(), input.sections().stream()
                .map(s -> new StructuredReport.Section(s.kind(), s.heading(), items(s.items()))).toList());
    }

    private static List<StructuredReport.Item> items(List<StructuredItemInput> items) {
        return items == null ? List.of() : items.stream()
                .map(i -> new StructuredReport.Item(i.marker(), i.title(), i.text().strip(), items(i.children())))
                .toList();
    }
}
