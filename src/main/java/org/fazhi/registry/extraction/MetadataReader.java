package org.fazhi.registry.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.registry.extraction.Fields.Field;

/**
 * Reads what a report says about itself from its header (red-head 文件 line, 文号, 签发人, title, addressee),
 * the website's metadata table, the preamble and the closing block. Nothing is guessed: what the text does not
 * state stays null, and a pronoun such as 我局 is never taken for a name.
 */
final class MetadataReader {

    /** 文号: 济高新文〔2024〕39号, with any of the brackets writers use around the year. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(\\p{IsHan}{1,12})[〔\\[［【（(]((?:19|20)\\d{2})[〕\\]］】）)](\\d{1,5})号");
    /** An addressee line: 市委、市政府： or 济源产城融合示范区司法局：. */
    private static final Pattern ADDRESSEE = Pattern.compile("([\\p{IsHan}、，（）]{2,60})[：:]");
    /** 现将武定县人民政府办公室2024年法治政府建设情况报告如下: the body names itself before the year or topic. */
    private static final Pattern PREAMBLE_ORGANISATION = Pattern.compile(
            "现将(\\p{IsHan}{2,40}?)(?:(?:19|20)\\d{2}年|关于|本年度|年度|法治|有关|相关|工作|情况|上一年|上年)");
    /** 济源高新技术产业开发区管理办公室关于2024年…的报告: the issuer before 关于. */
    private static final Pattern TITLE_ORGANISATION_BEFORE_ABOUT = Pattern.compile("^(\\p{IsHan}{3,40}?)关于");
    /** 高青经济开发区2022年度… or 某某县交通运输局法治政府建设…: the issuer, maybe short, before year or topic. */
    private static final Pattern TITLE_ORGANISATION_BEFORE_TOPIC = Pattern.compile("^(\\p{IsHan}{3,40}?)(?:(?:19|20)\\d{2}年|法治)");
    /** The red head of an official document: 济源高新技术产业开发区管理办公室文件. */
    private static final String RED_HEAD_ENDING = "文件";
    /** A title line ends with one of these words. */
    private static final List<String> TITLE_ENDINGS = List.of("报告", "情况", "总结");
    private static final String TITLE_TOPIC = "法治";
    private static final int MAX_TITLE = 80;
    private static final int MAX_HEADER_LINE = 40;
    private static final String PRINT_ENDINGS = "印";
    private static final Pattern SIGNER = Pattern.compile("[\\p{IsHan}·]{2,8}");
    private static final int CREDIT_CODE_LENGTH = 18;

    /** @param stated the fields the document states apart from its text, label → value; they outrank the text's */
    ReportMetadata read(String text, Outline outline, Map<String, String> stated) {
        List<TextLine> preamble = outline.preamble();
        List<String> header = headerLines(preamble);
        List<String> metadataLines = new ArrayList<>(header);
        outline.closing().forEach(line -> metadataLines.add(line.text()));
        Map<Field, String> fields = Fields.ofLabels(stated);
        Fields.read(metadataLines).forEach(fields::putIfAbsent);

        String title = title(fields, header);
        String organisation = organisation(fields, title, header, preamble, outline.closing());
        String indexNumber = fields.containsKey(Field.INDEX_NUMBER) ? fields.get(Field.INDEX_NUMBER).replace(" ", "") : null;
        return new ReportMetadata(title, organisation,
                organisation != null ? Organisations.kindOf(organisation) : Organisations.kindOfPronounIn(text),
                reportYear(title, preamble, header, outline.sections()),
                documentNumber(fields, header), signer(fields), recipient(fields, header),
                issuedDate(fields, outline.closing()), date(fields.get(Field.PUBLISHED)), indexNumber,
                creditCode(indexNumber));
    }

    /** The preamble lines before its first running-text paragraph: red head, 文号, title, addressee, table. */
    private static List<String> headerLines(List<TextLine> preamble) {
        List<String> header = new ArrayList<>();
        for (TextLine line : preamble) {
            String text = line.text();
            if (!Fields.isFieldLine(text) && (Chars.containsAny(text, Chars.SENTENCE_ENDS) || text.length() > MAX_TITLE)) {
                break;
            }
            header.add(text);
        }
        return header;
    }

    private static String title(Map<Field, String> fields, List<String> header) {
        if (fields.containsKey(Field.TITLE)) {
            return fields.get(Field.TITLE).replace("《", "").replace("》", "");
        }
        for (String line : header) {
            if (!Fields.isFieldLine(line) && line.length() <= MAX_TITLE && line.contains(TITLE_TOPIC)
                    && TITLE_ENDINGS.stream().anyMatch(line::endsWith)) {
                return line;
            }
        }
        return null;
    }

    /** The first named issuer of: 发布机构, title before 关于, red head, preamble, signature, title before year or topic. */
    private static String organisation(Map<Field, String> fields, String title, List<String> header,
            List<TextLine> preamble, List<TextLine> closing) {
        List<String> candidates = new ArrayList<>();
        candidates.add(fields.get(Field.PUBLISHER));
        candidates.add(group(TITLE_ORGANISATION_BEFORE_ABOUT, title));
        header.stream().filter(line -> line.endsWith(RED_HEAD_ENDING))
                .forEach(line -> candidates.add(line.substring(0, line.length() - RED_HEAD_ENDING.length())));
        preamble.forEach(line -> candidates.add(group(PREAMBLE_ORGANISATION, line.text())));
        candidates.add(signature(closing));
        candidates.add(group(TITLE_ORGANISATION_BEFORE_TOPIC, title));
        return candidates.stream().filter(Organisations::isName).findFirst().orElse(null);
    }

    /** The signing body: the last closing line naming one, a trailing date cut off; print lines (…印) excluded. */
    private static String signature(List<TextLine> closing) {
        for (int i = closing.size() - 1; i >= 0; i--) {
            String line = closing.get(i).text();
            if (line.endsWith(PRINT_ENDINGS) || line.endsWith(PRINT_ENDINGS + "发")) {
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

    /** From the title, else the preamble, else the headings (a plan heading names the year after). */
    private static Integer reportYear(String title, List<TextLine> preamble, List<String> header,
            List<SectionBlock> sections) {
        Integer year = firstYear(title);
        for (int i = header.size(); year == null && i < preamble.size(); i++) {
            year = firstYear(preamble.get(i).text());
        }
        Integer fromPlan = null;
        for (SectionBlock section : sections) {
            if (year != null || section.headingYear() == null) {
                continue;
            }
            if (section.kind() == SectionKind.NEXT_YEAR_PLAN) {
                fromPlan = fromPlan != null ? fromPlan : section.headingYear() - 1;
            } else {
                year = section.headingYear();
            }
        }
        return year != null ? year : fromPlan;
    }

    private static Integer firstYear(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = Dates.YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String documentNumber(Map<Field, String> fields, List<String> header) {
        if (fields.containsKey(Field.DOCUMENT_NUMBER)) {
            String number = canonicalDocumentNumber(fields.get(Field.DOCUMENT_NUMBER));
            return number != null ? number : fields.get(Field.DOCUMENT_NUMBER);
        }
        for (String line : header) {
            if (line.length() <= MAX_HEADER_LINE) {
                String number = canonicalDocumentNumber(line);
                if (number != null) {
                    return number;
                }
            }
        }
        return null;
    }

    /** 济高新文[2024]39号 → 济高新文〔2024〕39号: the year always in 〔〕. */
    private static String canonicalDocumentNumber(String s) {
        Matcher m = DOCUMENT_NUMBER.matcher(s);
        return m.find() ? m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号" : null;
    }

    private static String signer(Map<Field, String> fields) {
        return group(SIGNER, fields.get(Field.SIGNER), 0);
    }

    private static String recipient(Map<Field, String> fields, List<String> header) {
        if (fields.containsKey(Field.RECIPIENT)) {
            return fields.get(Field.RECIPIENT);
        }
        for (String line : header) {
            Matcher m = ADDRESSEE.matcher(line);
            if (!Fields.isFieldLine(line) && m.matches() && addressees(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** True when every part of {@code names} (split at 、 and ，) names a body: 市委、市政府. */
    private static boolean addressees(String names) {
        for (String part : names.split("[、，]")) {
            if (part.length() < 2 || Organisations.kindOf(part) == null) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate issuedDate(Map<Field, String> fields, List<TextLine> closing) {
        LocalDate issued = date(fields.get(Field.ISSUED));
        for (int i = closing.size() - 1; issued == null && i >= 0; i--) {
            if (!Fields.isFieldLine(closing.get(i).text())) {
                issued = Dates.first(closing.get(i).text());
            }
        }
        return issued;
    }

    private static LocalDate date(String value) {
        return value == null ? null : Dates.first(value);
    }

    private static CreditCode creditCode(String indexNumber) {
        return indexNumber == null || indexNumber.length() < CREDIT_CODE_LENGTH
                ? null : CreditCode.parse(indexNumber.substring(0, CREDIT_CODE_LENGTH)).orElse(null);
    }

    private static String group(Pattern pattern, String s) {
        return group(pattern, s, 1);
    }

    private static String group(Pattern pattern, String s, int group) {
        if (s == null) {
            return null;
        }
        Matcher m = pattern.matcher(s);
        return m.find() ? m.group(group) : null;
    }
}
