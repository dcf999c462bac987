package org.fazhi.registry.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject of a preamble's first sentence, where reports name their author: 2017年，山东省以习近平…;
 * 2022年，在区委、区政府的正确领导下，三张镇坚持以…; 东源产业园区管委会始终坚持以…. A subject counts when it
 * reads as a body's or a region's name (全市各级行政机关 and 是全面贯彻 do not).
 */
final class PreambleSubject {

    /** 2017年， 2022年度， 2019年以来， 一年来，: the time the sentence opens with. */
    private static final String YEAR_LEAD = "(?:(?:(?:19|20)\\d{2}年(?:度)?(?:以来)?|一年来|过去一年|今年以来)，?)?";
    /** 在省委、省政府的正确领导下， 在区委的领导和区司法局的指导下，: the clauses naming who led. */
    private static final String GUIDED_BY = "(?:(?:在|按照|根据)[^。；]{1,80}?(?:领导|指导|监督|支持|部署|关怀)[^，。；]{0,6}?下?，)*";
    /** What a body does in its opening sentence: 坚持以, 深入学习, 始终坚持 …, or 在 a clause after the name. */
    private static final String ACTION = "(?=坚持|始终|以习近平|以党的|以|深入|深学|认真|全面|紧紧|紧密|紧扣|围绕|聚焦|着力|扎实|积极"
            + "|不断|切实|按照|持续|进一步|严格|立足|牢牢|高度|大力|统筹|全力|主动|锚定|贯彻|学习|落实|强化|推进|推动|加强"
            + "|加快|在)";
    /** The author names itself in the opening sentences or not at all. */
    private static final int MAX_SENTENCES = 3;
    private static final Pattern SUBJECT = Pattern.compile(
            "^" + YEAR_LEAD + GUIDED_BY + "(?<subject>[\\p{IsHan}（）]{2,30}?)" + ACTION);

    /**
     * The subject of the first sentence of the preamble's first running paragraph (after its {@code headerLines})
     * that has one; a report may open with what the year was (2023年是…之年。) and name itself in the next.
     */
    String read(List<TextLine> preamble, int headerLines) {
        for (int i = headerLines; i < preamble.size(); i++) {
            String line = preamble.get(i).text();
            if (Chars.containsAny(line, Chars.SENTENCE_ENDS + "，")) {
                return subject(line);
            }
        }
        return null;
    }

    private static String subject(String paragraph) {
        int start = 0;
        for (int sentence = 0; sentence < MAX_SENTENCES && start < paragraph.length(); sentence++) {
            int end = paragraph.indexOf('。', start);
            Matcher m = SUBJECT.matcher(paragraph.substring(start, end < 0 ? paragraph.length() : end));
            String subject = m.find() ? OrganisationNames.cleaned(m.group("subject")) : null;
            if (subject != null && (Organisations.isName(subject) || Regions.isRegion(subject))) {
                return subject;
            }
            start = end < 0 ? paragraph.length() : end + 1;
        }
        return null;
    }
}
