package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.GlobalId;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.NodeType;
import org.fazhi.registry.graphql.Ordering;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/** Reads commitments for the API. */
@ApplicationScoped
@Transactional
public class CommitmentQuery {

    private static final String FROM = "from Commitment c where exists (select 1 from Report r "
            + "where r.id = c.reportId and r.state = org.fazhi.registry.report.ReportState.CURRENT) and ";

    public Slice<Commitment> page(CommitmentFilter filter, Ordering<CommitmentView> ordering, PageRequest page)
            throws InvalidArgumentException {
        Conditions conditions = ordering.after(conditions(filter == null ? CommitmentFilter.NONE : filter), page, "c.id");
        List<Commitment> rows = Commitment.<Commitment>find(FROM + conditions.where() + " order by "
                + ordering.orderBy("c.id"), conditions.parameters()).range(0, page.first()).list();
        Conditions all = conditions.withoutCursor();
        int total = (int) Commitment.count(FROM + all.where(), all.parameters());
        return Slice.of(rows, page, total);
    }


    public Map<Long, Commitment> byIds(Collection<Long> ids) {
        return Batches.byId(ids, keys -> Commitment.list("id in ?1", keys), c -> c.id);
    }

    private static Conditions conditions(CommitmentFilter filter) throws InvalidArgumentException {
        Conditions c = new Conditions().add("c.targetYear = :year", "year", filter.targetYear())
                .add("c.status = :status", "status", filter.status())
                // HQL's array_position answers 0, not null, for an absent element.
                .add("array_position(c.themes, :theme) > 0", "theme", filter.theme() == null ? null : filter.theme().name());
        if (filter.textContains() != null) {
            // Commitment texts are simplified (read from the normalised text), so traditional input is converted.
            c.add("(c.title like :text or c.text like :text)", "text",
                    Conditions.containing(ChineseScript.toSimplified(filter.textContains().strip())));
        }
        if (filter.organisationId() != null) {
            long organisation = GlobalId.decode(filter.organisationId(), NodeType.Organisation).orElseThrow(
                    () -> new InvalidArgumentException("`organisationId` is not an organisation ID: " + filter.organisationId()));
            c.add("c.organisationId = :organisation", "organisation", organisation);
        }
        return c;
    }
}
