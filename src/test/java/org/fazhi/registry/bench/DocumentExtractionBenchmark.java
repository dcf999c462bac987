package org.fazhi.registry.bench;

import java.util.concurrent.TimeUnit;
import org.fazhi.registry.document.DocumentReaders;
import org.fazhi.registry.document.ReadDocument;
import org.fazhi.registry.document.RefusedDocumentException;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ReportParser;
import org.fazhi.registry.testing.SamplePages;
import org.fazhi.registry.testing.SamplePdfs;
import org.fazhi.registry.testing.SampleReport;
import org.fazhi.registry.testing.SampleWordFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The document readers on one thread, over the sample report (document/report.txt, 2.2 KB) published as a portal
 * page with its disclosure table, a Word file with automatic numbering, and a two-page PDF with a running header
 * and page numbers: reading alone, and reading followed by the whole extraction pipeline. Run with
 * bench/run-extraction.sh; results in bench/RESULTS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class DocumentExtractionBenchmark {

    @Param({"HTML", "DOCX", "PDF"})
    public String format;

    private final DocumentReaders readers = new DocumentReaders();
    private final ReportParser parser = new ReportParser();
    private byte[] document;

    @Setup
    public void write() {
        String text = SampleReport.text();
        document = switch (format) {
            case "HTML" -> SamplePages.portalWithTable(text, SampleReport.DISCLOSURE, "127.0.0.1:9");
            case "DOCX" -> SampleWordFiles.withAutomaticNumbering(text);
            case "PDF" -> SamplePdfs.printed(text, "武定县人民政府信息公开", true);
            default -> throw new IllegalArgumentException(format);
        };
    }

    @Benchmark
    public ReadDocument read() throws RefusedDocumentException {
        return readers.read(document, null);
    }

    @Benchmark
    public ParsedReport readAndParse() throws RefusedDocumentException {
        ReadDocument read = readers.read(document, null);
        return parser.parse(read.text(), read.fields(), null);
    }
}
