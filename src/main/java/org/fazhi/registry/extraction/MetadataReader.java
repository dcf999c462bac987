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
    private static final Pattern SIGNER = Pattern.compile("[\\p{IsHan}·]{2,8}");
    private static final int CREDIT_CODE_LENGTH = 18;
    /** Running text has clauses; a title, a table line or an addressee has none. */
    private static final String RUNNING_TEXT = Chars.SENTENCE_ENDS + "，";
    /** A header line longer than this is running text, not a title or table line. */
    private static final int MAX_HEADER_TEXT = 80;
    /** A document number stands on a short line of its own. */
    private static final int MAX_HEADER_LINE = 40;

    private final IssuerReader issuerReader = new IssuerReader();

    /** @param stated the fields the document states apart from its text, label → value; they outrank the text's */
    ReportMetadata read(String text, Outline outline, Map<String, String> stated) {
        List<TextLine> preamble = outline.preamble();
        List<String> header = headerLines(preamble);
        List<String> metadataLines = new ArrayList<>(header);
        outline.closing().forEach(line -> metadataLines.add(line.text()));
        Map<Field, String> fields = Fields.ofLabels(stated);
        Fields.read(metadataLines).forEach(fields::putIfAbsent);

        String title = TitleReader.read(fields, header);
        Issuer issuer = issuerReader.read(fields, title, header, preamble, outline.closing());
        String indexNumber = indexNumber(fields.get(Field.INDEX_NUMBER));
        return new ReportMetadata(title, issuer,
                issuer != null ? issuer.kind() : Organisations.kindOfPronounIn(text),
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
            if (!Fields.isFieldLine(text) && (Chars.containsAny(text, RUNNING_TEXT) || text.length() > MAX_HEADER_TEXT)) {
                break;
            }
            header.add(text);
        }
        return header;
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

    /** 索引号 as given, spaces dropped; a value made only of masks (****) is no number. */
    private static String indexNumber(String value) {
        if (value == null || value.chars().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return value.replace(" ", "");
    }

    private static LocalDate date(String value) {
        return value == null ? null : Dates.first(value);
    }

    private static CreditCode creditCode(String indexNumber) {
        return indexNumber == null || indexNumber.length() < CREDIT_CODE_LENGTH
                ? null : CreditCode.parse(indexNumber.substring(0, CREDIT_CODE_LENGTH)).orElse(null);
    }

    private static String group(Pattern pattern, String s, int group) {
        if (s == null) {
            return null;
        }
        Matcher m = pattern.matcher(s);
        return m.find() ? m.group(group) : null;
    }
}
