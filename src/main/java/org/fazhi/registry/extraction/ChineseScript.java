package org.fazhi.registry.extraction;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;

/**
 * Script detection and traditional → simplified conversion, both backed by the OpenCC dictionaries that
 * opencc4j ships (never a table of our own).
 *
 * <p>The dictionaries load once, when this class is first used (about 0.4 s). Detection is a bit lookup per
 * character so that simplified reports, the common case, never pay for a conversion.
 */
public final class ChineseScript {

    private static final char FIRST_HAN = '\u4e00';
    private static final char LAST_HAN = '\u9fff';

    /** Characters OpenCC knows only as traditional (經, 區), and only as simplified (经, 区). */
    private static final BitSet TRADITIONAL_ONLY = new BitSet();
    private static final BitSet SIMPLIFIED_ONLY = new BitSet();

    static {
        for (char c = FIRST_HAN; c <= LAST_HAN; c++) {
            boolean traditional = ZhConverterUtil.isTraditional(c);
            boolean simplified = ZhConverterUtil.isSimple(c);
            if (traditional && !simplified) {
                TRADITIONAL_ONLY.set(c);
            } else if (simplified && !traditional) {
                SIMPLIFIED_ONLY.set(c);
            }
        }
    }

    private ChineseScript() {
    }

    /** TRADITIONAL when traditional-only characters outnumber simplified-only ones. */
    public static Script detect(CharSequence text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (TRADITIONAL_ONLY.get(c)) {
                traditional++;
            } else if (SIMPLIFIED_ONLY.get(c)) {
                simplified++;
            }
        }
        return traditional > simplified ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /** The simplified form, phrase by phrase as OpenCC converts it. */
    public static String toSimplified(String text) {
        return TraditionalToSimplified.convert(text);
    }
}
