package org.fazhi.registry.commitment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.extraction.Theme;

@Name("CommitmentFilter")
@Description("Restricts a list of commitments; every field set must hold. Only commitments of current reports are listed.")
public record CommitmentFilter(
        @Id @Description("Commitments of this organisation.") String organisationId,
        @Description("Commitments of organisations whose division code starts with this prefix: `50` a province, `500151` a county and its townships.") String divisionCodePrefix,
        @Description("Commitments to be carried out in this year.") Integer targetYear,
        @Description("Commitments with this status.") CommitmentStatus status,
        @Description("Commitments tagged with this area of 《法治政府建设实施纲要（2021－2025年）》.") Theme theme,
        @Description("The title or text contains this text, in simplified or traditional characters.") String textContains) {

    static final CommitmentFilter NONE = new CommitmentFilter(null, null, null, null, null, null);
}
