package org.fazhi.registry.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.extraction.ComplianceRule;
import org.fazhi.registry.extraction.OrganisationKind;

@Name("ReportFilter")
@Description("Restricts a list of reports; every field set must hold.")
public record ReportFilter(
        @Id @Description("Reports of this organisation.") String organisationId,
        @Description("Reports of organisations of this kind.") OrganisationKind organisationKind,
        @Description("Reports of organisations whose division code starts with this prefix: `41` a province, `4190` a city.") String divisionCodePrefix,
        @Description("Reports covering this year.") Integer year,
        @Description("Reports covering this year or a later one.") Integer yearFrom,
        @Description("Reports covering this year or an earlier one.") Integer yearTo,
        @Description("Reports in this state; by default only current reports are listed.") ReportState state,
        @Description("Reports with a compliance finding of this rule.") ComplianceRule hasFinding,
        @Description("True: only reports published after the 1 April deadline (a LATE_PUBLICATION finding); false: only the others.") Boolean publishedLate,
        @Description("Reports citing this law or document by its canonical title, with or without 《》, e.g. 中华人民共和国行政复议法 or 行政复议法.") String citesLaw) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null, null, null, null);
}
