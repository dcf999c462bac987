package org.fazhi.registry.extraction;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a report against 《法治政府建设与责任落实督察工作规定》 (2019): the four parts Art. 25 requires
 * (other matters to report are optional), publication by 1 April of the following year (Art. 24), and
 * headings naming a year that contradicts the report year.
 */
final class ComplianceChecker {

    /** Required part → the finding when it has no section. */
    private static final Map<SectionKind, ComplianceRule> REQUIRED = Map.of(
            SectionKind.MEASURES_AND_RESULTS, ComplianceRule.MISSING_MEASURES_AND_RESULTS,
            SectionKind.PROBLEMS, ComplianceRule.MISSING_PROBLEMS,
            SectionKind.LEADER_RESPONSIBILITY, ComplianceRule.MISSING_LEADER_RESPONSIBILITY,
            SectionKind.NEXT_YEAR_PLAN, ComplianceRule.MISSING_NEXT_YEAR_PLAN);
    /** In the order findings are reported. */
    private static final List<SectionKind> REQUIRED_ORDER = List.of(SectionKind.MEASURES_AND_RESULTS,
            SectionKind.LEADER_RESPONSIBILITY, SectionKind.PROBLEMS, SectionKind.NEXT_YEAR_PLAN);
    private static final Map<SectionKind, String> PART_NAMES = Map.of(
            SectionKind.MEASURES_AND_RESULTS, "主要举措和成效",
            SectionKind.PROBLEMS, "存在的不足和原因",
            SectionKind.LEADER_RESPONSIBILITY, "党政主要负责人履行推进法治建设第一责任人职责情况",
            SectionKind.NEXT_YEAR_PLAN, "下一年度推进法治政府建设的主要安排");
    /** Art. 24: made public before 1 April of the following year. */
    private static final MonthDay PUBLICATION_DEADLINE = MonthDay.of(4, 1);

    List<ComplianceFinding> check(List<SectionBlock> sections, ReportMetadata metadata) {
        List<ComplianceFinding> findings = new ArrayList<>();
        for (SectionKind part : REQUIRED_ORDER) {
            if (sections.stream().noneMatch(s -> s.kind() == part)) {
                findings.add(new ComplianceFinding(REQUIRED.get(part), Severity.VIOLATION,
                        "no section on " + PART_NAMES.get(part), null));
            }
        }
        Integer year = metadata.reportYear();
        if (year == null) {
            return findings;
        }
        LocalDate published = metadata.publishedDate();
        LocalDate deadline = PUBLICATION_DEADLINE.atYear(year + 1);
        if (published != null && published.isAfter(deadline)) {
            findings.add(new ComplianceFinding(ComplianceRule.LATE_PUBLICATION, Severity.VIOLATION,
                    "published " + published + ", after the deadline " + deadline, null));
        }
        for (SectionBlock section : sections) {
            Integer named = section.headingYear();
            int expected = section.kind() == SectionKind.NEXT_YEAR_PLAN ? year + 1 : year;
            if (named != null && named != expected) {
                findings.add(new ComplianceFinding(ComplianceRule.YEAR_MISMATCH, Severity.WARNING,
                        "heading names " + named + ", expected " + expected + " for a report on " + year,
                        section.headingSpan()));
            }
        }
        return findings;
    }
}
