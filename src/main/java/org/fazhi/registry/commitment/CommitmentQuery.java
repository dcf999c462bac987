package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.fazhi.registry.graphql.Conditions;
import org.fazhi.registry.graphql.GlobalId;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.NodeType;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;

/** Reads commitments for the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentQuery {

    private static final String FROM = "from Commitment c where exists (select 1 from Report r "
            + "where r.id = c.reportId and r.state = org.fazhi.registry.report.ReportState.CURRENT) and ";

    public Slice<Commitment> page(CommitmentFilter filter, PageRequest page) throws InvalidArgumentException {
        Conditions conditions = conditions(filter == null ? new CommitmentFilter(null, null) : filter)
                .after(page, "c.id");
        List<Commitment> rows = Commitment.<Commitment>find(FROM + conditions.where() + " order by c.id",
                conditions.parameters()).range(0, page.first()).list();
        Conditions all = conditions.withoutCursor();
        int total = (int) Commitment.count(FROM + all.where(), all.parameters());
        return Slice.of(rows, page, total);
    }


    private static Conditions conditions(CommitmentFilter filter) throws InvalidArgumentException {
        Conditions c = new Conditions().add("c.targetYear = :year", "year", filter.targetYear());
        if (filter.organisationId() != null) {
            long organisation = GlobalId.decode(filter.organisationId(), NodeType.Organisation).orElseThrow(
                    () -> new InvalidArgumentException("`organisationId` is not an organisation ID: " + filter.organisationId()));
            c.add("c.organisationId = :organisation", "organisation", organisation);
        }
        return c;
    }
}
