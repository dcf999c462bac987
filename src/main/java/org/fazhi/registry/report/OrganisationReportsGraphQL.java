package org.fazhi.registry.report;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.fazhi.registry.graphql.BatchArgumentException;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.ParentCounts;
import org.fazhi.registry.graphql.Selection;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.graphql.UniformArguments;
import org.fazhi.registry.organisation.OrganisationView;
import org.fazhi.registry.persistence.Conditions;

/** An organisation's reports, paged for each organisation of a response at once. */
@GraphQLApi
public class OrganisationReportsGraphQL {

    @Inject
    OrganisationReports query;

    @Inject
    Context context;

    @Description("The organisation's reports, filtered and paged in the order they were submitted; current reports unless the filter asks for a state. One request asks for them with one set of arguments.")
    public List<@NonNull ReportConnection> reports(@Source List<OrganisationView> organisations,
            @Name("first") @Description("How many reports an organisation, at most 100 (default 20).") Integer first,
            @Name("after") @Description("Return reports after this cursor.") String after,
            @Name("filter") @Description("Which of its reports to return.") ReportFilter filter) {
        UniformArguments.require(context);
        PageRequest page = BatchArgumentException.page(first, after);
        Conditions reports;
        try {
            reports = ReportConditions.of(filter);
        } catch (InvalidArgumentException e) {
            throw new BatchArgumentException(e.getMessage());
        }
        List<Long> keys = organisations.stream().map(OrganisationView::key).distinct().toList();
        Map<Long, Slice<ReportView>> pages = query.pages(keys, reports, page,
                Selection.nodeFields(context, "Organisation", "reports"));
        ParentCounts totals = new ParentCounts(() -> query.counts(keys, reports));
        return organisations.stream().map(o -> ReportConnection.of(pages.get(o.key()), Ordering.byId(),
                totals.of(o.key()))).toList();
    }
}
