package org.fazhi.registry.extraction;

import java.util.List;
import java.util.Map;

/**
 * Compares the forms one body's name takes in one text: 市卫生健康委 in the metadata, 重庆市卫生健康委员会 in
 * the title; 北京市 in the title, 北京市人民政府 as the source. The fuller form names the same body.
 */
final class OrganisationNames {

    /** Long forms and the short forms they are compared as. */
    private static final List<Map.Entry<String, String>> SHORT_FORMS = List.of(
            Map.entry("人民政府", "政府"), Map.entry("管理委员会", "管委会"), Map.entry("委员会", "委"),
            Map.entry("办公室", "办"), Map.entry("（", ""), Map.entry("）", ""));

    /** The body a place is run by, in short form: 北京市 → 北京市人民政府, 某开发区 → 某开发区管理委员会, 某街道 → 某街道办事处. */
    private static final List<String> OWN_BODIES = List.of("政府", "管委会", "管理办", "办事处");
    /** A name opening with a bare level word lacks its place: 市卫生健康委, 区政府, 县政府办公室. */
    private static final String LEVEL_WORDS = "省市区县州镇乡";
    /** A zone's name without its place: 高新区综治局, 开发区管委会. */
    private static final List<String> PLACELESS_ZONES = List.of("高新区", "开发区", "经开区", "自贸区", "产业园区", "工业园区");
    /** 原环境保护部: the body under its former name. */
    private static final String FORMER = "原";
    /** 上海市各级政府: the region's governments together, reported by the region's government. */
    private static final List<String> COLLECTIVE_ENDINGS = List.of("各级人民政府", "各级政府", "各级行政机关");

    private OrganisationNames() {
    }

    /** True when {@code name} lacks its place and another text must complete it. */
    static boolean isPartial(String name) {
        return LEVEL_WORDS.indexOf(name.charAt(0)) >= 0 && !Regions.isRegion(name)
                || PLACELESS_ZONES.stream().anyMatch(name::startsWith);
    }

    /**
     * True when {@code fuller} names the body {@code name} names, in a longer form: it ends with the same name
     * (重庆市卫生健康委员会 for 市卫生健康委), or it is the body that runs the place {@code name} is (北京市人民政府
     * for 北京市, 某某镇人民政府 for 某某镇).
     */
    static boolean isFullerForm(String fuller, String name) {
        String longForm = shortForm(fuller);
        String shortForm = shortForm(name);
        if (longForm.length() <= shortForm.length()) {
            return false;
        }
        return longForm.endsWith(shortForm) || OWN_BODIES.stream().anyMatch(body -> longForm.endsWith(shortForm + body));
    }

    /** The name a candidate stands for: 原环境保护部 → 环境保护部, 上海市各级政府 → 上海市; unchanged otherwise. */
    static String cleaned(String candidate) {
        if (candidate == null) {
            return null;
        }
        String name = candidate.replace(" ", "");
        if (name.startsWith(FORMER) && Organisations.isName(name.substring(FORMER.length()))) {
            name = name.substring(FORMER.length());
        }
        for (String ending : COLLECTIVE_ENDINGS) {
            if (name.endsWith(ending) && Regions.isRegion(name.substring(0, name.length() - ending.length()))) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    private static String shortForm(String name) {
        String s = name;
        for (Map.Entry<String, String> form : SHORT_FORMS) {
            s = s.replace(form.getKey(), form.getValue());
        }
        return s;
    }
}
