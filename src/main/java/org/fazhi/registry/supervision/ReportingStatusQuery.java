package org.fazhi.registry.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.List;
import org.fazhi.registry.division.DivisionCodes;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.report.ReportFilter;

/** Who of the bodies obliged to report on a year did, and when: one SQL statement for a page, one for the totals. */
@ApplicationScoped
@Transactional
public class ReportingStatusQuery {

    private final EntityManager em;

    public ReportingStatusQuery(EntityManager em) {
        this.em = em;
    }

    /** The obligations of {@code year} in the subtree of {@code divisionCode} (all when null) of bodies of {@code kind}. */
    public static Conditions obligations(int year, String divisionCode, OrganisationKind kind) {
        return new Conditions().add("ob.report_year = :year", "year", year)
                .add("o.division_code like :division", "division",
                        divisionCode == null ? null : DivisionCodes.subtreePrefix(divisionCode) + "%")
                .add("o.kind = :kind", "kind", kind == null ? null : kind.name());
    }

    /**
     * The obligations of the bodies and years a report filter selects: its years, organisation, kind and
     * division prefix (what it says of the reports themselves does not apply to obligations).
     */
    public static Conditions obligations(ReportFilter filter) throws InvalidArgumentException {
        ReportFilter f = filter == null ? ReportFilter.NONE : filter;
        Conditions c = new Conditions().add("ob.report_year = :year", "year", f.year())
                .add("ob.report_year >= :yearFrom", "yearFrom", f.yearFrom())
                .add("ob.report_year <= :yearTo", "yearTo", f.yearTo())
                .add("o.kind = :kind", "kind", f.organisationKind() == null ? null : f.organisationKind().name())
                .add("o.division_code like :division", "division", Conditions.startingWith(f.divisionCodePrefix()));
        if (f.organisationId() != null) {
            c.add("ob.organisation_id = :organisation", "organisation", GlobalId.decode(f.organisationId(),
                    NodeType.Organisation).orElseThrow(() -> new InvalidArgumentException(
                            "`organisationId` is not an organisation ID: " + f.organisationId())));
        }
        return c;
    }

    public Slice<ObligationStatusView> page(Conditions obligations, PageRequest page) {
        Query query = query(ObligationStatusSql.with(obligations.where()) + "select organisation_id, report_id, rule_id, "
                + "report_year, source, status, published_date, due_before, days_late from status "
                + (page.afterKey() == null ? "" : "where organisation_id > :afterKey ")
                + "order by organisation_id limit :limit", obligations)
                .setParameter("limit", page.first() + 1);
        if (page.afterKey() != null) {
            query.setParameter("afterKey", page.afterKey());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Slice.of(rows.stream().map(ReportingStatusQuery::view).toList(), page);
    }

    public ReportingSummary summary(Conditions obligations) {
        Object[] row = (Object[]) query(ObligationStatusSql.with(obligations.where()) + "select "
                + ObligationStatusSql.SUMMARY + " from status", obligations).getSingleResult();
        return ReportingSummary.of(row, 0);
    }

    private Query query(String sql, Conditions conditions) {
        Query query = em.createNativeQuery(sql);
        conditions.parameters().map().forEach(query::setParameter);
        return query;
    }

    private static ObligationStatusView view(Object[] r) {
        return new ObligationStatusView(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), ObligationSource.valueOf((String) r[4]),
                ReportingStatus.valueOf((String) r[5]), date(r[6]), date(r[7]).minusDays(1),
                r[8] == null ? null : ((Number) r[8]).intValue());
    }

    private static java.time.LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }
}
