package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.InvalidArgumentException;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows;
import org.fazhi.registry.persistence.ViewList;

/**
 * Reads organisations for the API: filtered pages and batched lookups by id, each selecting only the
 * columns behind the fields asked for and holding its connection only while it runs.
 */
@ApplicationScoped
public class OrganisationQuery {

    /** The organisations of the {@code organisations} connection. */
    static final ViewList<OrganisationView> ORGANISATIONS = new ViewList<>(OrganisationView.class, "o",
            "from Organisation o where ");

    private final EntityManager em;
    private final SqlRows rows;

    public OrganisationQuery(EntityManager em, SqlRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /** The organisations with the given ids, by id, with the columns behind {@code fields}. */
    public Map<Long, OrganisationView> byIds(Collection<Long> ids, Set<String> fields) {
        return rows.list(Projection.of(OrganisationView.class, "o", fields), "from organisation o where o.id = any(?)",
                ids).stream().collect(Collectors.toMap(OrganisationView::key, o -> o));
    }

    /** The other names of the given organisations, in name order; none for an organisation without any. */
    @Transactional
    public Map<Long, List<String>> otherNames(Collection<Long> ids) {
        return em.createQuery("select o.id, n from Organisation o join o.otherNames n where o.id in :ids order by o.id, n",
                Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    /**
     * The candidates of each of {@code organisationIds} that is unconfirmed and has any, in id order (a
     * confirmed organisation has none, whatever the query read of it).
     */
    @Transactional
    public Map<Long, List<Long>> candidateIds(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select o.id, c from Organisation o "
                + "join o.candidateIds c where o.id in ?1 and o.confirmed = false order by o.id, c", Object[].class)
                .setParameter(1, organisationIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0], LinkedHashMap::new,
                Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
    }

    /** The conditions over {@code Organisation o} that {@code filter} sets. */
    public static Conditions conditions(OrganisationFilter given) throws InvalidArgumentException {
        OrganisationFilter filter = given == null ? OrganisationFilter.NONE : given;
        Conditions c = new Conditions()
                .add("o.kind = :kind", "kind", filter.kind())
                .add("o.divisionCode like :division", "division", Conditions.startingWith(filter.divisionCodePrefix()));
        if (filter.nameContains() != null) {
            // Names are stored as the body writes them, in either script: match the input and its simplified form.
            String name = filter.nameContains().strip().toLowerCase(Locale.ROOT);
            c.add("(lower(o.name) like :name or lower(o.name) like :simplified or exists (select 1 from Organisation a "
                    + "join a.otherNames n where a = o and (lower(n) like :name or lower(n) like :simplified)))",
                    Map.of("name", Conditions.containing(name),
                            "simplified", Conditions.containing(ChineseScript.toSimplified(name))));
        }
        if (filter.parentId() != null) {
            long parent = GlobalId.decode(filter.parentId(), NodeType.Organisation).orElseThrow(
                    () -> new InvalidArgumentException("`parentId` is not an organisation ID: " + filter.parentId()));
            c.add("o.parentId = :parent", "parent", parent);
        }
        if (filter.hasCreditCode() != null) {
            c.add(filter.hasCreditCode() ? "o.creditCode is not null" : "o.creditCode is null");
        }
        c.add("o.confirmed = :confirmed", "confirmed", filter.confirmed());
        return c;
    }
}
