package org.fazhi.registry.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines a government website wraps around a report when it is scraped: share prompts, breadcrumbs, date
 * banners, accessibility and script toggles. Both scripts are listed because chrome is removed before the
 * text is converted.
 */
final class WebChrome {

    /** A line starting with one of these is navigation or a site clock, not report text. */
    private static final List<String> PREFIXES = List.of("今天是");
    /** 您当前的位置：, 当前所在位置:, 你現在的位置：: a breadcrumb's opening, in any of its wordings and scripts. */
    private static final Pattern POSITION = Pattern.compile("^[您你]?(?:当前|當前|现在|現在|目前)?(?:所在)?的?位置\\s*[：:>＞]");
    /** 首页 > 政务公开 > …, 首頁→网站公告: a breadcrumb trail. */
    private static final Pattern TRAIL = Pattern.compile("(?:首页|首頁|主页|主頁)\\s*[>＞→»›/|]");

    /** A line made only of these words (and separators) is a toolbar. */
    private static final List<String> TOOLBAR_WORDS = List.of(
            "扫一扫在手机上查看当前页面", "掃一掃在手機上查看當前頁面", "打印本页", "打印本頁", "关闭窗口", "關閉窗口",
            "无障碍", "無障礙", "长者模式", "長者模式", "关怀版", "關懷版", "简体", "簡體", "繁体", "繁體", "字体", "字體", "字号",
            "字號", "分享到", "朗读", "朗讀", "保护视力色", "保護視力色", "返回顶部", "返回頂部", "打印", "关闭", "關閉", "收藏", "大", "中", "小", "简", "繁");

    private static final String SEPARATORS = " |｜/丨·•【】[]:：";

    private WebChrome() {
    }

    static boolean isChrome(String line) {
        if (POSITION.matcher(line).lookingAt() || TRAIL.matcher(line).find()) {
            return true;
        }
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
