package org.fazhi.registry.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.fazhi.registry.extraction.ParsedCommitment;
import org.fazhi.registry.extraction.ParsedProblem;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ParsedSection;
import org.fazhi.registry.extraction.ReportParser;

/** Asserts that the text read from a document parses as the plain text does. */
final class SameReport {

    private static final ReportParser PARSER = new ReportParser();

    private SameReport() {
    }

    /** Same organisation, year, sections, commitments and problems as {@code plainText}; returns the document's parse. */
    static ParsedReport assertParsesAs(ReadDocument read, String plainText) {
        ParsedReport expected = PARSER.parse(plainText);
        ParsedReport actual = PARSER.parse(read.text(), read.fields(), null);
        assertThat(actual.metadata().organisationName()).isEqualTo(expected.metadata().organisationName()).isNotNull();
        assertThat(actual.metadata().reportYear()).isEqualTo(expected.metadata().reportYear()).isNotNull();
        assertThat(actual.sections()).extracting(ParsedSection::kind, ParsedSection::heading)
                .isEqualTo(expected.sections().stream().map(s -> tuple(s.kind(), s.heading())).toList());
        assertThat(actual.commitments()).extracting(ParsedCommitment::title, ParsedCommitment::targetYear)
                .isEqualTo(expected.commitments().stream().map(c -> tuple(c.title(), c.targetYear())).toList())
                .isNotEmpty();
        assertThat(actual.problems()).extracting(ParsedProblem::title)
                .isEqualTo(expected.problems().stream().map(ParsedProblem::title).toList());
        return actual;
    }
}
