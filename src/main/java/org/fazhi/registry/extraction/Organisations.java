package org.fazhi.registry.extraction;

import java.util.List;
import java.util.Map;

/** How organisation names end, what kind of body they name, and the pronouns a report may use instead. */
final class Organisations {

    /** Words naming a development zone; with a zone ending the body is the zone itself. */
    private static final List<String> ZONE_WORDS = List.of("开发区", "高新区", "经开区", "高新技术产业", "产业园区", "工业园区");
    private static final List<String> ZONE_ENDINGS = List.of(
            "开发区", "高新区", "经开区", "园区", "管委会", "管理委员会", "管理办公室", "办公室");

    /** Endings decide the kind; the first matching row wins, so specific endings come first. */
    private static final List<Map.Entry<String, OrganisationKind>> KIND_BY_ENDING = List.of(
            Map.entry("政府办公室", OrganisationKind.GOVERNMENT_OFFICE),
            Map.entry("政府办公厅", OrganisationKind.GOVERNMENT_OFFICE),
            Map.entry("政府办", OrganisationKind.GOVERNMENT_OFFICE),
            Map.entry("街道办事处", OrganisationKind.TOWNSHIP),
            Map.entry("街道办", OrganisationKind.TOWNSHIP),
            Map.entry("街道", OrganisationKind.TOWNSHIP),
            Map.entry("镇人民政府", OrganisationKind.TOWNSHIP),
            Map.entry("乡人民政府", OrganisationKind.TOWNSHIP),
            Map.entry("镇政府", OrganisationKind.TOWNSHIP),
            Map.entry("乡政府", OrganisationKind.TOWNSHIP),
            Map.entry("镇", OrganisationKind.TOWNSHIP),
            Map.entry("乡", OrganisationKind.TOWNSHIP),
            Map.entry("人民政府", OrganisationKind.GOVERNMENT),
            Map.entry("政府", OrganisationKind.GOVERNMENT),
            Map.entry("党工委", OrganisationKind.PARTY_COMMITTEE),
            Map.entry("党委", OrganisationKind.PARTY_COMMITTEE),
            Map.entry("党组", OrganisationKind.PARTY_COMMITTEE),
            Map.entry("委员会", OrganisationKind.DEPARTMENT),
            Map.entry("办公室", OrganisationKind.DEPARTMENT),
            Map.entry("局", OrganisationKind.DEPARTMENT),
            Map.entry("委", OrganisationKind.DEPARTMENT),
            Map.entry("办", OrganisationKind.DEPARTMENT),
            Map.entry("厅", OrganisationKind.DEPARTMENT),
            Map.entry("部", OrganisationKind.DEPARTMENT),
            Map.entry("署", OrganisationKind.DEPARTMENT),
            Map.entry("中心", OrganisationKind.DEPARTMENT),
            Map.entry("大队", OrganisationKind.DEPARTMENT),
            Map.entry("支队", OrganisationKind.DEPARTMENT),
            Map.entry("院", OrganisationKind.OTHER),
            Map.entry("管委会", OrganisationKind.OTHER),
            Map.entry("开发区", OrganisationKind.OTHER),
            Map.entry("园区", OrganisationKind.OTHER));

    /** 中共某某委员会: a party committee names itself with 中共 in front. */
    private static final String PARTY_PREFIX = "中共";
    /** 镇党委政府: the party committee and the government report together, as the government. */
    private static final String JOINT_PARTY_AND_GOVERNMENT = "党委政府";

    /** 我局, 我委 …: how a body names itself without a name; each tells the kind but never the name. */
    private static final Map<String, OrganisationKind> PRONOUNS = Map.ofEntries(
            Map.entry("我局", OrganisationKind.DEPARTMENT), Map.entry("我委", OrganisationKind.DEPARTMENT),
            Map.entry("我办", OrganisationKind.DEPARTMENT), Map.entry("我厅", OrganisationKind.DEPARTMENT),
            Map.entry("我部", OrganisationKind.DEPARTMENT), Map.entry("我中心", OrganisationKind.DEPARTMENT),
            Map.entry("本局", OrganisationKind.DEPARTMENT), Map.entry("本委", OrganisationKind.DEPARTMENT),
            Map.entry("我街道", OrganisationKind.TOWNSHIP), Map.entry("我镇", OrganisationKind.TOWNSHIP),
            Map.entry("我乡", OrganisationKind.TOWNSHIP), Map.entry("本街道", OrganisationKind.TOWNSHIP),
            Map.entry("我县", OrganisationKind.GOVERNMENT), Map.entry("我市", OrganisationKind.GOVERNMENT),
            Map.entry("我区", OrganisationKind.GOVERNMENT), Map.entry("我省", OrganisationKind.GOVERNMENT));

    /** A name never starts with a word that points instead of naming: 我局, 本单位, 全市各级行政机关, 各部门. */
    private static final String POINTING_FIRST = "我本全各该";
    private static final int MIN_NAME = 3;
    private static final int MAX_NAME = 40;

    private Organisations() {
    }

    /** True when {@code candidate} reads as an organisation's name: Han characters ending like one, not a pronoun. */
    static boolean isName(String candidate) {
        if (candidate == null || candidate.length() < MIN_NAME || candidate.length() > MAX_NAME
                || POINTING_FIRST.indexOf(candidate.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!Chars.isHan(c) && c != '（' && c != '）') {
                return false;
            }
        }
        return kindOf(candidate) != null;
    }

    /** The kind a name gives; null when the name ends like no known body. */
    static OrganisationKind kindOf(String name) {
        if (isZone(name)) {
            return OrganisationKind.DEVELOPMENT_ZONE;
        }
        if (name.endsWith(JOINT_PARTY_AND_GOVERNMENT)) {
            return endingKind(name.substring(0, name.length() - JOINT_PARTY_AND_GOVERNMENT.length()) + "政府");
        }
        if (name.startsWith(PARTY_PREFIX) && (name.endsWith("委员会") || name.endsWith("委"))) {
            return OrganisationKind.PARTY_COMMITTEE;
        }
        return endingKind(name);
    }

    /** The kind told by the first self-naming pronoun in {@code text} (我局 → DEPARTMENT); null when none. */
    static OrganisationKind kindOfPronounIn(String text) {
        int first = Integer.MAX_VALUE;
        OrganisationKind kind = null;
        for (Map.Entry<String, OrganisationKind> pronoun : PRONOUNS.entrySet()) {
            int at = text.indexOf(pronoun.getKey());
            if (at >= 0 && at < first) {
                first = at;
                kind = pronoun.getValue();
            }
        }
        return kind;
    }

    private static boolean isZone(String name) {
        return ZONE_WORDS.stream().anyMatch(name::contains) && ZONE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static OrganisationKind endingKind(String name) {
        for (Map.Entry<String, OrganisationKind> row : KIND_BY_ENDING) {
            if (name.endsWith(row.getKey())) {
                return row.getValue();
            }
        }
        return null;
    }
}
