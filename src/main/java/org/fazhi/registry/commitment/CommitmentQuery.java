package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows.Keyed;
import org.fazhi.registry.persistence.SqlRows;
import org.fazhi.registry.persistence.ViewList;

/**
 * Reads commitments for the API, each read selecting only the columns behind the fields asked for and
 * holding its connection only while it runs.
 */
@ApplicationScoped
public class CommitmentQuery {

    /** The commitments of current reports, of the {@code commitments} connection. */
    static final ViewList<CommitmentView> COMMITMENTS = new ViewList<>(CommitmentView.class, "c",
            "from Commitment c where exists (select 1 from Report r "
            + "where r.id = c.reportId and r.state = org.fazhi.registry.report.ReportState.CURRENT) and ");

    private final EntityManager em;
    private final SqlRows rows;

    public CommitmentQuery(EntityManager em, SqlRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /** The commitments with the given ids, by id, with the columns behind {@code fields}. */
    public Map<Long, CommitmentView> byIds(Collection<Long> ids, Set<String> fields) {
        return rows.list(Projection.of(CommitmentView.class, "c", fields), "from commitment c where c.id = any(?)", ids)
                .stream().collect(Collectors.toMap(CommitmentView::key, c -> c));
    }

    /**
     * The commitments of the given reports with the columns behind {@code fields}, in text order, by report; at most
     * {@code limit}.
     */
    public List<Keyed<CommitmentView>> ofReports(Collection<Long> reports, Set<String> fields, int limit) {
        return rows.keyed(Projection.of(CommitmentView.class, "c", fields), "c.report_id",
                "from commitment c where c.report_id = any(?) order by c.report_id, c.ordinal limit " + limit, reports);
    }

    /** The conditions over {@code Commitment c} that {@code filter} sets. */
    public static Conditions conditions(CommitmentFilter given) throws InvalidArgumentException {
        CommitmentFilter filter = given == null ? CommitmentFilter.NONE : given;
        Conditions c = new Conditions().add("c.targetYear = :year", "year", filter.targetYear())
                .add("c.status = :status", "status", filter.status())
                .add("exists (select 1 from Organisation o where o.id = c.organisationId and o.divisionCode like :division)",
                        "division", Conditions.startingWith(filter.divisionCodePrefix()))
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
