package org.fazhi.registry.extraction;

import java.util.List;

/**
 * Everything the parser reads from one report. Every span indexes into {@code normalisedText}.
 *
 * @param normalisedText the simplified, cleaned text all analysis ran on; the same input always gives the
 *     same normalised text
 * @param script the script the report was submitted in
 * @param warnings what the parser could not decide and a submitter should supply or check
 */
public record ParsedReport(String normalisedText, Script script, ReportMetadata metadata,
        List<ParsedSection> sections, List<ParsedCommitment> commitments, List<ParsedProblem> problems,
        List<ParsedMetric> metrics, List<ParsedCitation> citations, List<ComplianceFinding> findings,
        List<String> warnings) {

    public ParsedReport {
        sections = List.copyOf(sections);
        commitments = List.copyOf(commitments);
        problems = List.copyOf(problems);
        metrics = List.copyOf(metrics);
        citations = List.copyOf(citations);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }
}
