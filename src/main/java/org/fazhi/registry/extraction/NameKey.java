package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form in which names of one body compare equal, whatever the text wrote: 铜梁区, 铜梁区人民政府 and
 * 銅梁區人民政府 all give 铜梁区; 重庆市卫生健康委员会 and 重庆市卫生健康委 give 重庆市卫生健康委; 中华人民共和国司法部
 * and 司法部 give 司法部. A key that ends with another after a region (重庆市铜梁区 and 铜梁区) may name the same
 * body in more detail: {@link #qualifiedForms} and {@link #isUnambiguous} tell the registry how far to trust that.
 */
public final class NameKey {

    private static final String STATE = "中华人民共和国";
    /** Long forms and the short forms keys use; 管理委员会 before 委员会. */
    private static final List<Map.Entry<String, String>> SHORT_FORMS = List.of(
            Map.entry("人民政府", "政府"), Map.entry("管理委员会", "管委会"), Map.entry("委员会", "委"),
            Map.entry("办公室", "办"), Map.entry("（", ""), Map.entry("）", ""), Map.entry("(", ""), Map.entry(")", ""),
            Map.entry(" ", ""));
    /** A place stands for the body that runs it: 北京市政府 is 北京市, 某某街道办事处 is 某某街道. */
    private static final List<String> RUNNING_BODIES = List.of("政府", "办事处", "管委会");
    private static final String GOVERNMENT = "政府";

    private NameKey() {
    }

    /** The key of {@code name}, in simplified characters. */
    public static String of(String name) {
        String key = ChineseScript.toSimplified(name.strip());
        if (key.startsWith(STATE) && key.length() > STATE.length()) {
            key = key.substring(STATE.length());
        }
        for (Map.Entry<String, String> form : SHORT_FORMS) {
            key = key.replace(form.getKey(), form.getValue());
        }
        key = withoutGoverningBody(key);
        for (String body : RUNNING_BODIES) {
            String place = key.endsWith(body) ? key.substring(0, key.length() - body.length()) : null;
            if (place != null && (Regions.isRegion(place) || Organisations.kindOf(place) == OrganisationKind.TOWNSHIP
                    || Organisations.kindOf(place) == OrganisationKind.DEVELOPMENT_ZONE)) {
                return place;
            }
        }
        return key;
    }

    /**
     * 铜梁区政府东城街道 → 铜梁区东城街道: a township or department written under its government keeps the
     * region alone; the government's own office (铜梁区政府办) keeps it.
     */
    private static String withoutGoverningBody(String key) {
        int at = key.indexOf(GOVERNMENT);
        int rest = at + GOVERNMENT.length();
        if (at > 0 && rest < key.length() && key.charAt(rest) != '办' && Regions.isRegion(key.substring(0, at))) {
            return key.substring(0, at) + key.substring(rest);
        }
        return key;
    }

    /** True when {@code name} lacks its place (市卫生健康委, 区政府): no key of it identifies a body. */
    public static boolean isPartial(String name) {
        return OrganisationNames.isPartial(ChineseScript.toSimplified(name.strip()));
    }

    /**
     * The shorter keys that {@code key} names in more detail, each what remains after one or more leading regions,
     * longest first: 重庆市铜梁区东城街道 gives 铜梁区东城街道 and 东城街道. Whether a shorter form still names one body
     * is for the caller to judge ({@link #isUnambiguous}, or a map of places).
     */
    public static List<String> qualifiedForms(String key) {
        List<String> forms = new ArrayList<>();
        for (int cut = 2; cut < key.length() - 1; cut++) {
            if (Regions.isRegion(key.substring(0, cut))) {
                forms.add(key.substring(cut));
            }
        }
        return forms;
    }

    /** True when {@code longer} is {@code shorter} with regions in front: 重庆市铜梁区 for 铜梁区. */
    public static boolean qualifies(String longer, String shorter) {
        return longer.length() > shorter.length() && longer.endsWith(shorter)
                && Regions.isRegion(longer.substring(0, longer.length() - shorter.length()));
    }

    /**
     * True when a key opens with a county-level or higher region (铜梁区, 铜梁区司法局) or names a national body
     * (司法部): such a key names one body in the country. Township and street names (东城街道, 庆隆镇) repeat
     * across counties, so a key without its county is never taken as certain.
     */
    public static boolean isUnambiguous(String key) {
        for (int end = key.length(); end >= 2; end--) {
            if (Regions.isRegion(key.substring(0, end))) {
                return true;
            }
        }
        return key.endsWith("部") || key.endsWith("总局") || key.endsWith("署");
    }
}
