package org.fazhi.registry.division;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short form a division goes by in running text, without the generic word of its level:
 * 桃源县 → 桃源, 常德市 → 常德, 新疆维吾尔自治区 → 新疆, 黔东南苗族侗族自治州 → 黔东南. Townships and
 * functional areas have none: 东城 or 城关 alone name nothing.
 */
final class PlaceNames {

    /** The 55 minority nationalities, whose names stand before 自治区/州/县/旗 with or without 族. */
    private static final String NATIONALITIES = String.join("|", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依",
            "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水",
            "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌",
            "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春",
            "赫哲", "门巴", "珞巴", "基诺");
    private static final Pattern AUTONOMOUS = Pattern.compile(
            "^(\\p{IsHan}{2,}?)(?:(?:" + NATIONALITIES + ")族?)*自治(?:区|州|县|旗)$");

    /** Generic endings per level, longest first. */
    private static final List<String> PROVINCE_ENDINGS = List.of("特别行政区", "省", "市");
    private static final List<String> PREFECTURE_ENDINGS = List.of("地区", "市", "盟");
    private static final List<String> COUNTY_ENDINGS = List.of("林区", "特区", "新区", "县", "区", "市", "旗");
    private static final int MIN_SHORT = 2;

    private PlaceNames() {
    }

    /** The short form of {@code division}'s name; empty when it has none or it would be a single character. */
    static Optional<String> shortForm(DivisionRecord division) {
        if (division.type() != DivisionType.ADMINISTRATIVE) {
            return Optional.empty();
        }
        String name = division.name();
        Matcher autonomous = AUTONOMOUS.matcher(name);
        String shortName = autonomous.matches() ? autonomous.group(1) : withoutEnding(name, endings(division.level()));
        return shortName != null && shortName.length() >= MIN_SHORT && !shortName.equals(name)
                ? Optional.of(shortName) : Optional.empty();
    }

    private static List<String> endings(DivisionLevel level) {
        return switch (level) {
            case PROVINCE -> PROVINCE_ENDINGS;
            case PREFECTURE -> PREFECTURE_ENDINGS;
            case COUNTY -> COUNTY_ENDINGS;
            case TOWNSHIP -> List.of();
        };
    }

    private static String withoutEnding(String name, List<String> endings) {
        for (String ending : endings) {
            if (name.endsWith(ending)) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return null;
    }
}
