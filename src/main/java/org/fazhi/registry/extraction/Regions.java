package org.fazhi.registry.extraction;

import java.util.List;

/**
 * Names of administrative regions as reports write them: 北京市, 重庆市铜梁区, 新疆维吾尔自治区, 渠县,
 * 高新区（新市区）. A region named as the author of a report stands for its people's government.
 */
final class Regions {

    /** Endings of a region's name, longer first. 镇, 乡 and 街道 name townships and are bodies of their own. */
    private static final List<String> ENDINGS = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "省", "市", "州", "盟", "县", "旗", "区");

    /** Words ending like a region that name no region, whatever stands before them: 社区, 辖区, 城市 …. */
    private static final List<String> NOT_REGIONS = List.of(
            "社区", "辖区", "景区", "小区", "片区", "街区", "校区", "灾区", "库区", "试验区", "功能区", "保护区",
            "集聚区", "城市", "都市", "超市", "上市", "门市", "股市", "夜市", "城乡");
    /** Words that name a region only with a proper name before them: 东城区 and 璧山区 are ones, 老城区 and 山区 not. */
    private static final List<String> GENERIC_AREAS = List.of("城区", "园区", "新区", "市区", "郊区", "县城", "山区", "矿区");
    private static final List<String> GENERIC_MODIFIERS = List.of("", "老", "主", "中心", "旧", "近", "偏远", "边远", "贫困");
    private static final String COLLECTIVE_FIRST = "全各本该我这此其每";
    /** 两区, 三县: a numeral before a bare ending counts regions; 三亚市 and 四川省 are names. */
    private static final String NUMERALS = "一二两三四五六七八九十多几";
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 16;

    private Regions() {
    }

    /** True when {@code name} is a region's name and nothing else: 北京市, 重庆市铜梁区, not 全市, not 社区. */
    static boolean isRegion(String name) {
        String bare = withoutBracketedPart(name);
        if (bare.length() < MIN_LENGTH || bare.length() > MAX_LENGTH || !Chars.allHan(bare)
                || COLLECTIVE_FIRST.indexOf(bare.charAt(0)) >= 0
                || (bare.length() == MIN_LENGTH && NUMERALS.indexOf(bare.charAt(0)) >= 0)) {
            return false;
        }
        for (String word : NOT_REGIONS) {
            if (bare.endsWith(word)) {
                return false;
            }
        }
        for (String area : GENERIC_AREAS) {
            if (bare.endsWith(area) && GENERIC_MODIFIERS.contains(bare.substring(0, bare.length() - area.length()))) {
                return false;
            }
        }
        for (String ending : ENDINGS) {
            if (bare.endsWith(ending)) {
                return bare.length() > ending.length();
            }
        }
        return false;
    }

    /** 高新区（新市区） → 高新区: a merged area names itself with its second name in brackets. */
    private static String withoutBracketedPart(String name) {
        int open = name.indexOf('（');
        return open > 0 && name.endsWith("）") ? name.substring(0, open) : name;
    }
}
