package org.fazhi.registry.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of an HTML page: its byte order mark, else the encoding its {@code <meta>} declares,
 * else UTF-8 when the bytes are valid UTF-8, else GB18030 (the superset of GB2312 and GBK that most Chinese
 * government sites without a declaration use). Labels are read as browsers read them (WHATWG Encoding
 * Standard): gb2312 and gbk mean GBK, decoded by GB18030; big5 means Big5 with the HKSCS extensions.
 */
final class HtmlCharset {

    /** {@code <meta charset="gbk">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=gb2312">}. */
    private static final Pattern DECLARED = Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** The declaration must come early; browsers look at the first 1024 bytes, many pages need a little more. */
    private static final int DECLARATION_WINDOW = 4096;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Map<String, String> LABELS = Map.of(
            "gb2312", "GB18030", "gbk", "GB18030", "x-gbk", "GB18030", "gb_2312-80", "GB18030", "chinese", "GB18030",
            "big5", "Big5-HKSCS", "big5-hkscs", "Big5-HKSCS", "x-x-big5", "Big5-HKSCS", "cn-big5", "Big5-HKSCS");

    private HtmlCharset() {
    }

    static Charset of(byte[] page) {
        if (page.length >= 3 && page[0] == (byte) 0xef && page[1] == (byte) 0xbb && page[2] == (byte) 0xbf) {
            return StandardCharsets.UTF_8;
        }
        String head = new String(page, 0, Math.min(page.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head);
        if (declared.find()) {
            Charset charset = byLabel(declared.group(1));
            if (charset != null) {
                return charset;
            }
        }
        return isUtf8(page) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static Charset byLabel(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(LABELS.getOrDefault(name, name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an encoding nobody knows: judge by the bytes
        }
    }

    private static boolean isUtf8(byte[] page) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(page));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
