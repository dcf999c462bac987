package org.fazhi.registry.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a document's format from its first bytes (its "magic"), never from its name: a program renamed
 * {@code .pdf} is not a PDF. What is not a supported format is named, so the sender learns what to send instead.
 */
final class FormatDetector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept junk before the header within the first kilobyte; so does the registry. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The main part of every WordprocessingML package; its name is stored uncompressed in the zip directory. */
    private static final byte[] WORD_MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    /** OLE2 compound files: Word 97–2003 .doc, and encrypted .docx files. */
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    private static final byte[] WINDOWS_PROGRAM = {'M', 'Z'};
    private static final byte[] ELF_PROGRAM = {0x7f, 'E', 'L', 'F'};
    /** An HTML page opens, after a byte order mark, blanks and comments, with one of these. */
    private static final String[] HTML_OPENINGS = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
            "<div", "<p", "<table", "<h1", "<h2", "<span", "<?xml"};
    private static final int HTML_WINDOW = 4096;

    Optional<DocumentFormat> detect(byte[] content) {
        if (indexOf(content, PDF, 0, PDF_HEADER_WINDOW) >= 0) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (startsWith(content, ZIP) && indexOf(content, WORD_MAIN_PART, 0, content.length) >= 0) {
            return Optional.of(DocumentFormat.DOCX);
        }
        return isHtml(content) ? Optional.of(DocumentFormat.HTML) : Optional.empty();
    }

    /** What {@code content} is, for a refusal: it is none of the supported formats. */
    String describe(byte[] content) {
        if (startsWith(content, OLE2)) {
            return "a Word 97–2003 (.doc) file, an encrypted Word file or another legacy Office file: "
                    + "save it as .docx (without a password) or PDF";
        } else if (startsWith(content, ZIP)) {
            return "a zip archive that is not a Word (.docx) document";
        } else if (startsWith(content, WINDOWS_PROGRAM) || startsWith(content, ELF_PROGRAM)) {
            return "a program, not a document";
        }
        return "neither an HTML page, a Word (.docx) document nor a PDF file";
    }

    private static boolean isHtml(byte[] content) {
        int window = Math.min(content.length, HTML_WINDOW);
        for (int i = 0; i < window; i++) {
            if (content[i] == 0) {
                return false; // binary, or UTF-16, which no Chinese government site serves
            }
        }
        String head = new String(content, 0, window, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = skipPreamble(head);
        for (String opening : HTML_OPENINGS) {
            if (head.startsWith(opening, i)) {
                return true;
            }
        }
        return false;
    }

    /** Skips a UTF-8 byte order mark (as Latin-1 characters), blanks and comments. */
    private static int skipPreamble(String head) {
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < head.length()) {
            if (Character.isWhitespace(head.charAt(i))) {
                i++;
            } else if (head.startsWith("<!--", i) && head.indexOf("-->", i) > 0) {
                i = head.indexOf("-->", i) + 3;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return indexOf(content, prefix, 0, prefix.length) == 0;
    }

    private static int indexOf(byte[] content, byte[] pattern, int from, int window) {
        int last = Math.min(content.length, from + window) - pattern.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
