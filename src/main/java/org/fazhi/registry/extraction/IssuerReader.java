package org.fazhi.registry.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.registry.extraction.Fields.Field;

/**
 * Finds the body that issued a report, in this order of trust: the title (or the region a title names), the
 * metadata (发布机构, 发文机关, the red head), the preamble (the body as subject of the first sentence, or
 * 现将某某…报告如下), the signature, and last the page's 来源, which often names the office that compiled the
 * page rather than the author. The first name found is then completed by any fuller form of it the text gives.
 */
final class IssuerReader {

    /** A name: Han characters, with a merged area's second name in brackets (高新区（新市区）). */
    private static final String NAME = "[\\p{IsHan}（）]";
    /** 济源高新技术产业开发区管理办公室关于2024年…的报告: the issuer before 关于. */
    private static final Pattern TITLE_BEFORE_ABOUT = Pattern.compile("^(" + NAME + "{2,40}?)关于");
    /**
     * 高青经济开发区2022年度…, 北京市2020年…, 关于某某县2023年…, 2023年某某县交通运输局法治政府建设…: the issuer
     * before year or topic, after a leading 关于 or year.
     */
    private static final Pattern TITLE_BEFORE_TOPIC = Pattern.compile("^(?:关于|(?:19|20)\\d{2}年度?)?(" + NAME
            + "{2,40}?)(?:(?:19|20)\\d{2}年|法治|依法行政|关于)");
    /** 现将武定县人民政府办公室2024年法治政府建设情况报告如下, 现将2023年度某某局…: the body names itself before the topic. */
    private static final Pattern REPORTING_AS = Pattern.compile("现将(?:(?:19|20)\\d{2}年度?)?(" + NAME
            + "{2,40}?)(?:(?:19|20)\\d{2}年|关于|本年度|年度|法治|依法行政|有关|相关|工作|情况|上一年|上年)");
    /** The red head of an official document: 济源高新技术产业开发区管理办公室文件. */
    private static final String RED_HEAD_ENDING = "文件";
    private static final String PRINT_ENDING = "印";

    private final PreambleSubject subject = new PreambleSubject();

    /** A name the text offers and where it was read. */
    private record Candidate(String name, OrganisationEvidence evidence) {
    }

    Issuer read(Map<Field, String> fields, String title, List<String> header, List<TextLine> preamble,
            List<TextLine> closing) {
        List<Candidate> candidates = candidates(fields, title, header, preamble, closing);
        Candidate chosen = candidates.stream().filter(IssuerReader::names).findFirst().orElse(null);
        if (chosen == null) {
            return null;
        }
        for (Candidate other : candidates) {
            if (Organisations.isName(other.name()) && OrganisationNames.isFullerForm(other.name(), chosen.name())) {
                chosen = other;
            }
        }
        OrganisationKind kind = Organisations.kindOf(chosen.name());
        return new Issuer(chosen.name(), kind != null ? kind : OrganisationKind.GOVERNMENT, chosen.evidence(),
                OrganisationNames.isPartial(chosen.name()));
    }

    private List<Candidate> candidates(Map<Field, String> fields, String title, List<String> header,
            List<TextLine> preamble, List<TextLine> closing) {
        List<Candidate> candidates = new ArrayList<>();
        String titled = group(TITLE_BEFORE_ABOUT, title);
        addTitle(candidates, titled != null ? titled : group(TITLE_BEFORE_TOPIC, title));
        add(candidates, fields.get(Field.PUBLISHER), OrganisationEvidence.METADATA);
        header.stream().filter(line -> line.endsWith(RED_HEAD_ENDING)).forEach(line -> add(candidates,
                line.substring(0, line.length() - RED_HEAD_ENDING.length()), OrganisationEvidence.METADATA));
        add(candidates, subject.read(preamble, header.size()), OrganisationEvidence.PREAMBLE);
        preamble.forEach(line -> add(candidates, group(REPORTING_AS, line.text()), OrganisationEvidence.PREAMBLE));
        add(candidates, signature(closing), OrganisationEvidence.SIGNATURE);
        add(candidates, fields.get(Field.SOURCE), OrganisationEvidence.METADATA);
        return candidates;
    }

    /** A title names a body, or only a region, which stands for its government. */
    private static void addTitle(List<Candidate> candidates, String name) {
        String cleaned = OrganisationNames.cleaned(name);
        if (cleaned != null && !Organisations.isName(cleaned) && Regions.isRegion(cleaned)) {
            candidates.add(new Candidate(cleaned, OrganisationEvidence.REGION_TITLE));
        } else {
            add(candidates, cleaned, OrganisationEvidence.TITLE);
        }
    }

    private static void add(List<Candidate> candidates, String name, OrganisationEvidence evidence) {
        String cleaned = OrganisationNames.cleaned(name);
        if (cleaned != null && !cleaned.isEmpty()) {
            candidates.add(new Candidate(cleaned, evidence));
        }
    }

    /** A candidate names a body; a bare region counts where the text makes it the author (title, preamble). */
    private static boolean names(Candidate candidate) {
        return Organisations.isName(candidate.name())
                || (candidate.evidence() == OrganisationEvidence.REGION_TITLE
                        || candidate.evidence() == OrganisationEvidence.PREAMBLE) && Regions.isRegion(candidate.name());
    }

    /** The signing body: the last closing line naming one, a trailing date cut off; print lines (…印) excluded. */
    private static String signature(List<TextLine> closing) {
        for (int i = closing.size() - 1; i >= 0; i--) {
            String line = closing.get(i).text();
            if (line.endsWith(PRINT_ENDING) || line.endsWith(PRINT_ENDING + "发")) {
                continue;
            }
            Matcher date = Dates.DATE.matcher(line);
            String name = date.find() && date.start() > 0 ? line.substring(0, date.start()) : line;
            if (Organisations.isName(name)) {
                return name;
            }
        }
        return null;
    }

    private static String group(Pattern pattern, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = pattern.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
