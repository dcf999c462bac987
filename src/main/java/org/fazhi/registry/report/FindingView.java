package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.ComplianceFinding;
import org.fazhi.registry.extraction.ComplianceRule;
import org.fazhi.registry.extraction.Severity;

@Name("ComplianceFinding")
@Description("A way a report falls short of 《法治政府建设与责任落实督察工作规定》 (2019).")
public record FindingView(
        @NonNull @Description("The rule the report breaks or should be checked against.") ComplianceRule rule,
        @NonNull @Description("How serious the finding is.") Severity severity,
        @NonNull @Description("What is wrong, in words.") String message,
        @Description("Where the finding applies in the normalised text; null when it is about something absent.") Integer startOffset,
        @Description("Where the finding's passage ends (exclusive); null when it is about something absent.") Integer endOffset) {

    static FindingView of(Finding f) {
        return new FindingView(f.rule, f.severity, f.message, f.startOffset, f.endOffset);
    }

    static FindingView of(ComplianceFinding f) {
        return new FindingView(f.rule(), f.severity(), f.message(),
                f.span() == null ? null : f.span().start(), f.span() == null ? null : f.span().end());
    }
}
