package org.fazhi.registry.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.fazhi.registry.document.RefusedDocumentException.Reason;

/**
 * Reads a report sent as a Word (.docx) file with Apache POI: paragraphs in document order with their automatic
 * numbering printed as Word shows it, each table row as a line of cells. The file passes {@link ZipLimits}
 * first; POI parses its XML with document type declarations disallowed, so no external entity is resolved.
 */
final class DocxReader implements DocumentReader {

    private static final String CELL_SEPARATOR = " | ";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public ReadDocument read(byte[] content) throws RefusedDocumentException {
        ZipLimits.check(content);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            appendBody(document.getBodyElements(), new WordNumbering(document.getNumbering()), text);
            return new ReadDocument(DocumentFormat.DOCX, text.toString(), Map.of());
        } catch (IOException | RuntimeException e) {
            // POI reports damaged packages, wrong content types and refused DOCTYPEs as many exception types.
            throw new RefusedDocumentException(Reason.UNSUPPORTED,
                    "the file cannot be read as a Word (.docx) document: " + e.getMessage(), e);
        }
    }

    private static void appendBody(List<IBodyElement> elements, WordNumbering numbering, StringBuilder text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                line(text, numbering.marker(paragraph) + paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> line(text, String.join(CELL_SEPARATOR,
                        row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList())));
            } else if (element instanceof XWPFSDT control) {
                line(text, control.getContent().getText());
            }
        }
    }

    private static void line(StringBuilder text, String line) {
        if (!line.isBlank()) {
            text.append(line.strip()).append('\n');
        }
    }
}
