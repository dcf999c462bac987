package org.fazhi.registry.search;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.fazhi.registry.extraction.Theme;

@Name("SearchFilter")
@Description("Restricts a search; every field set must hold. Only current reports and what was read from them are searched.")
public record SearchFilter(
        @Description("Only hits of these kinds; all kinds when omitted.") List<SearchHitKind> kinds,
        @Id @Description("Only hits in reports of this organisation.") String organisationId,
        @Description("Only hits in reports covering this year or a later one.") Integer yearFrom,
        @Description("Only hits in reports covering this year or an earlier one.") Integer yearTo,
        @Description("Only items and commitments tagged with this area of 《法治政府建设实施纲要（2021－2025年）》; excludes whole-report hits.") Theme theme) {

    static final SearchFilter NONE = new SearchFilter(null, null, null, null, null);
}
