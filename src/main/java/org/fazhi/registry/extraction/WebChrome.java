package org.fazhi.registry.extraction;

import java.util.List;

/**
 * Lines a government website wraps around a report when it is scraped: share prompts, breadcrumbs, date
 * banners, accessibility and script toggles. Both scripts are listed because chrome is removed before the
 * text is converted.
 */
final class WebChrome {

    /** A line starting with one of these is navigation, not report text. */
    private static final List<String> PREFIXES = List.of(
            "您所在的位置", "您所在位置", "您现在的位置", "您的位置", "当前位置", "當前位置", "您現在的位置", "今天是");

    /** A line made only of these words (and separators) is a toolbar. */
    private static final List<String> TOOLBAR_WORDS = List.of(
            "扫一扫在手机上查看当前页面", "掃一掃在手機上查看當前頁面", "打印本页", "打印本頁", "关闭窗口", "關閉窗口",
            "无障碍", "無障礙", "长者模式", "長者模式", "关怀版", "關懷版", "简体", "簡體", "繁体", "繁體", "字体", "字體", "字号",
            "字號", "分享到", "返回顶部", "返回頂部", "打印", "关闭", "關閉", "收藏", "大", "中", "小", "简", "繁");

    private static final String SEPARATORS = " |｜/丨·•【】[]:：";

    private WebChrome() {
    }

    static boolean isChrome(String line) {
        for (String prefix : PREFIXES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return isToolbar(line);
    }

    private static boolean isToolbar(String line) {
        int i = 0;
        int words = 0;
        outer:
        while (i < line.length()) {
            if (SEPARATORS.indexOf(line.charAt(i)) >= 0) {
                i++;
                continue;
            }
            for (String word : TOOLBAR_WORDS) {
                if (line.startsWith(word, i)) {
                    i += word.length();
                    words++;
                    continue outer;
                }
            }
            return false;
        }
        return words > 0;
    }
}
