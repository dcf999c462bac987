package org.fazhi.registry.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, sorted into reading order by position, collecting lines with their positions per page
 * instead of writing text, and stopping at a deadline: a crafted content stream cannot hold a request thread.
 */
final class PdfLineCollector extends PDFTextStripper {

    /** The deadline is checked every this many content stream operators: often, yet without a clock call each. */
    private static final int CHECK_EVERY = 256;

    private final long deadlineNanos;
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private float em;
    private int operators;

    PdfLineCollector(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
        setSortByPosition(true);
    }

    /** The lines of every page read, in reading order. */
    List<List<PdfLine>> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        checkDeadline();
        page = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage pdPage) {
        finishLine();
        pages.add(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.append(text);
        for (TextPosition position : positions) {
            left = Math.min(left, position.getXDirAdj());
            right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
            em = Math.max(em, position.getFontSizeInPt());
        }
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0) {
            checkDeadline();
        }
        super.processOperator(operator, operands);
    }

    private void checkDeadline() throws PdfTimeLimitException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new PdfTimeLimitException();
        }
    }

    private void finishLine() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            page.add(new PdfLine(text, left, right, em));
        }
        line.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        em = 0;
    }

    /** Reading took longer than allowed. */
    static final class PdfTimeLimitException extends IOException {

        PdfTimeLimitException() {
            super("time limit reached");
        }
    }
}
