package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

/** Reads organisations for the API: filtered pages and batched lookups by id. */
@ApplicationScoped
@Transactional
public class OrganisationQuery {

    public Slice<Organisation> page(OrganisationFilter filter, Ordering<OrganisationView> ordering, PageRequest page)
            throws InvalidArgumentException {
        Conditions conditions = ordering.after(conditions(filter == null ? OrganisationFilter.NONE : filter), page, "o.id");
        List<Organisation> rows = Organisation.<Organisation>find("from Organisation o where " + conditions.where()
                        + " order by " + ordering.orderBy("o.id"), conditions.parameters())
                .range(0, page.first()).list();
        Conditions all = conditions.withoutCursor();
        int total = (int) Organisation.count("from Organisation o where " + all.where(), all.parameters());
        return Slice.of(rows, page, total);
    }

    public Map<Long, Organisation> byIds(Collection<Long> ids) {
        return Batches.byId(ids, keys -> Organisation.list("id in ?1", keys), o -> o.id);
    }

    private static Conditions conditions(OrganisationFilter filter) throws InvalidArgumentException {
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
        return c;
    }

}
