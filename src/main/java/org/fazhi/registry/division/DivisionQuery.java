package org.fazhi.registry.division;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.registry.extraction.ChineseScript;
import org.fazhi.registry.graphql.PageRequest;
import org.fazhi.registry.graphql.Slice;
import org.fazhi.registry.persistence.Conditions;
import org.fazhi.registry.persistence.Keyset;

/** Reads the division table: filtered pages in code order, and batched lookups by code. */
@ApplicationScoped
@Transactional
public class DivisionQuery {

    /** The conditions over {@code Division d} of a filter. */
    public static Conditions conditions(String parentCode, DivisionLevel level, String nameContains) {
        return new Conditions()
                .add("d.parentCode = :parent", "parent", parentCode)
                .add("d.level = :level", "level", level == null ? null : (short) level.number())
                .add("d.fullName like :name", "name", nameContains == null ? null
                        : Conditions.containing(ChineseScript.toSimplified(nameContains.strip())));
    }

    public Slice<Division> page(Conditions conditions, PageRequest page) {
        Keyset after = Keyset.after("d.code", page.afterKey() == null ? null : String.valueOf(page.afterKey()));
        List<Division> rows = Division.<Division>find("from Division d where " + conditions.where(after)
                + " order by d.code", conditions.parameters(after)).range(0, page.first()).list();
        return Slice.of(rows, page);
    }

    /** How many divisions {@code conditions} selects. */
    public int count(Conditions conditions) {
        return (int) Division.count("from Division d where " + conditions.where(), conditions.parameters());
    }

    public Map<String, Division> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Division.<Division>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
    }

    public List<Division> childrenOf(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : Division.list("parentCode in ?1 order by code", codes);
    }
}
