package org.fazhi.registry.report;

import java.time.LocalDate;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.fazhi.registry.graphql.SortField;
import org.fazhi.registry.graphql.SortType;

@Description("What reports can be ordered by; reports with equal values keep their submission order.")
public enum ReportOrderField implements SortField<ReportView> {
    @Description("The year the report covers.")
    REPORT_YEAR("r.reportYear", SortType.INTEGER, "reportYear", ReportView::reportYear),
    @Description("The day the report was published; reports without a known date come first in ascending order.")
    PUBLISHED_DATE("coalesce(r.publishedDate, {d '0001-01-01'})", SortType.DATE, "publishedDate",
            r -> r.publishedDate() == null ? LocalDate.of(1, 1, 1) : r.publishedDate()),
    @Description("When the text was submitted to the registry.")
    CREATED_AT("r.createdAt", SortType.TIMESTAMP, "createdAt", ReportView::createdAt);

    private final Key<ReportView> key;

    ReportOrderField(String expression, SortType type, String field, Function<ReportView, Object> value) {
        this.key = new Key<>(expression, type, field, value);
    }

    @Override
    public Key<ReportView> key() {
        return key;
    }
}
