package org.fazhi.registry.extraction;

import java.time.LocalDate;

/**
 * What a report says about itself. Every field is null when the text does not state it: the parser
 * never guesses (an organisation named only as 我局 stays null, the submitter must name it).
 *
 * @param title the report's title, e.g. 高青经济开发区2022年度法治政府建设工作报告
 * @param issuer the issuing body as the text names it, never a pronoun; null when unnamed
 * @param organisationKind read from the name, or from the pronoun (我局 → DEPARTMENT) when unnamed
 * @param reportYear the year the report covers
 * @param documentNumber 文号, e.g. 济高新文〔2024〕39号
 * @param signer 签发人
 * @param recipient 主送机关 or the addressee line, e.g. 济源产城融合示范区司法局
 * @param issuedDate 成文日期 / the date of the signature (落款) / 印发
 * @param publishedDate 发布日期 of the publishing website
 * @param indexNumber 索引号 of the government information disclosure catalogue
 * @param creditCode 统一社会信用代码 when the index number starts with a valid one
 */
public record ReportMetadata(String title, Issuer issuer, OrganisationKind organisationKind,
        Integer reportYear, String documentNumber, String signer, String recipient,
        LocalDate issuedDate, LocalDate publishedDate, String indexNumber, CreditCode creditCode) {

    /** The issuing body's name as the text gives it; null when the text does not name it. */
    public String organisationName() {
        return issuer == null ? null : issuer.name();
    }

    /** The same metadata with the publication date a submitter states, which outranks the text's. */
    public ReportMetadata withPublishedDate(LocalDate date) {
        return new ReportMetadata(title, issuer, organisationKind, reportYear, documentNumber, signer,
                recipient, issuedDate, date, indexNumber, creditCode);
    }
}
