package org.fazhi.registry.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.registry.auth.Actor;
import org.fazhi.registry.division.Division;
import org.fazhi.registry.division.DivisionCodes;
import org.fazhi.registry.division.DivisionLevel;
import org.fazhi.registry.division.DivisionRecord;
import org.fazhi.registry.division.DivisionType;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.organisation.Organisation;
import org.fazhi.registry.organisation.OrganisationPlacement;
import org.fazhi.registry.organisation.OrganisationService;
import org.fazhi.registry.organisation.UpsertOrganisationInput;

/**
 * The governments of the divisions of county level and higher in a subtree, found among the registered
 * organisations (by division, else by name) or registered: 桃源县人民政府, 重庆市铜梁区人民政府 as another name.
 */
@ApplicationScoped
public class GovernmentRegistry {

    /** The governments of a subtree, their divisions, and how many of them had to be registered. */
    public record Governments(List<Long> ids, List<String> divisionCodes, int created) {
    }

    /** Prefectures named 地区 or 盟 are run by a 行政公署, the province's agency, rather than a people's government. */
    private static final List<String> AGENCY_RUN = List.of("地区", "盟");
    private static final String GOVERNMENT = "人民政府";
    private static final String AGENCY = "行政公署";
    private static final short LOWEST_LEVEL = 3;

    private final OrganisationService organisations;
    private final OrganisationPlacement placement;

    public GovernmentRegistry(OrganisationService organisations, OrganisationPlacement placement) {
        this.organisations = organisations;
        this.placement = placement;
    }

    Governments ensure(DivisionRecord scope, Actor actor) {
        List<Division> divisions = Division.list("code like ?1 and level <= ?2 and type = ?3 order by code",
                DivisionCodes.subtreePrefix(scope.code()) + "%", LOWEST_LEVEL, DivisionType.ADMINISTRATIVE);
        List<String> codes = divisions.stream().map(d -> d.code).toList();
        Map<String, Organisation> placed = new HashMap<>();
        if (!codes.isEmpty()) {
            Organisation.<Organisation>list("kind = ?1 and divisionCode in ?2 order by id", OrganisationKind.GOVERNMENT, codes)
                    .forEach(o -> placed.putIfAbsent(o.divisionCode, o));
        }
        Map<String, Organisation> named = byName(divisions.stream().filter(d -> !placed.containsKey(d.code)).toList());
        List<Long> ids = new ArrayList<>();
        int created = 0;
        for (Division d : divisions) {
            Organisation government = placed.get(d.code);
            if (government == null) {
                government = named.get(d.code);
                if (government == null) {
                    government = register(d, actor);
                    created++;
                } else {
                    placement.place(government, d.record(), null);
                }
            }
            ids.add(government.id);
        }
        return new Governments(ids, codes, created);
    }

    /**
     * Registered organisations not yet on the map that bear the name of one of {@code divisions}' governments,
     * by division code. A name several of the divisions share (城区人民政府) tells nothing and is skipped.
     */
    private static Map<String, Organisation> byName(List<Division> divisions) {
        Map<String, String> codeOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Division d : divisions) {
            codeOf.put(fullName(d), d.code);
            String previous = codeOf.putIfAbsent(name(d), d.code);
            if (previous != null && !previous.equals(d.code)) {
                shared.add(name(d));
            }
        }
        shared.forEach(codeOf::remove);
        Map<String, Organisation> byCode = new HashMap<>();
        if (!codeOf.isEmpty()) {
            for (Organisation o : Organisation.findByAnyName(codeOf.keySet())) {
                Set<String> names = new LinkedHashSet<>(o.otherNames);
                names.add(o.name);
                names.stream().filter(n -> o.divisionCode == null && codeOf.containsKey(n))
                        .forEach(n -> byCode.putIfAbsent(codeOf.get(n), o));
            }
        }
        return byCode;
    }

    private Organisation register(Division division, Actor actor) {
        List<String> otherNames = fullName(division).equals(name(division)) ? List.of() : List.of(fullName(division));
        return organisations.upsert(new UpsertOrganisationInput(null, null, name(division), OrganisationKind.GOVERNMENT,
                null, division.code, null, otherNames, null, null), actor).value();
    }

    private static String name(Division division) {
        return division.name + suffix(division);
    }

    private static String fullName(Division division) {
        return division.fullName + suffix(division);
    }

    private static String suffix(Division division) {
        return division.level == DivisionLevel.PREFECTURE.number() && AGENCY_RUN.stream().anyMatch(division.name::endsWith)
                ? AGENCY : GOVERNMENT;
    }
}
