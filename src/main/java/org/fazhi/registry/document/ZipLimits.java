package org.fazhi.registry.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;
import org.fazhi.registry.document.RefusedDocumentException.Reason;

/**
 * Guards against zip bombs before a .docx reaches the Word reader: every entry is expanded once, counting, and
 * the file is refused as soon as it has too many entries, expands too far in all, or one entry expands far
 * beyond what text compresses to. A real report (tens of entries, a few MB of XML and images) is far inside.
 */
final class ZipLimits {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_EXPANDED = 100L * 1024 * 1024;
    /** XML compresses about 10:1; 100:1 is only reached by padding made to expand. */
    static final int MAX_RATIO = 100;
    /** Small entries may compress well (a run of blanks); the ratio counts once an entry expands past this. */
    static final int RATIO_FLOOR = 1024 * 1024;

    private ZipLimits() {
    }

    static void check(byte[] zip) throws RefusedDocumentException {
        CountingInputStream compressed = new CountingInputStream(new ByteArrayInputStream(zip));
        byte[] buffer = new byte[16 * 1024];
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(compressed)) {
            while (in.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("more than " + MAX_ENTRIES + " parts");
                }
                long entryStart = compressed.count;
                long entry = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    entry += n;
                    expanded += n;
                    if (expanded > MAX_EXPANDED) {
                        throw tooLarge("more than " + MAX_EXPANDED + " bytes when expanded");
                    }
                    if (entry > RATIO_FLOOR && entry > MAX_RATIO * Math.max(1, compressed.count - entryStart)) {
                        throw tooLarge("a part that expands more than " + MAX_RATIO + " times");
                    }
                }
            }
        } catch (IOException e) {
            throw new RefusedDocumentException(Reason.UNSUPPORTED, "the Word document is damaged: " + e.getMessage(), e);
        }
    }

    private static RefusedDocumentException tooLarge(String what) {
        return new RefusedDocumentException(Reason.TOO_LARGE, "the Word document has " + what
                + ", as only a deliberately inflated file (zip bomb) has");
    }

    /** Counts the compressed bytes the zip reader has consumed. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
