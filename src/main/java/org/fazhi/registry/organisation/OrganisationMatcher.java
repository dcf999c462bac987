package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.registry.division.DivisionDirectory;
import org.fazhi.registry.division.PlaceContext;
import org.fazhi.registry.extraction.NameKey;
import org.fazhi.registry.organisation.OrganisationNameIndex.KeyHit;

/**
 * Finds the registered body a name read from a text stands for. Certain: one body has the same key, or one body's
 * key is the same name with regions in front (铜梁区 and 重庆市铜梁区) and the shorter form is unambiguous: it opens
 * with a county or higher, names a ministry, or names a place the map knows only once (庆隆镇). Anything
 * else found is only a candidate: a person decides (a township's name without its county, a name lacking its place,
 * several bodies with one key).
 */
@ApplicationScoped
public class OrganisationMatcher {

    /** How many candidates an unconfirmed organisation keeps. */
    static final int MAX_CANDIDATES = 10;
    /** How many longer keys are read to find those that qualify a name with regions. */
    private static final int MAX_LONGER_KEYS = 100;

    private final OrganisationNameIndex index;
    private final DivisionDirectory divisions;

    public OrganisationMatcher(OrganisationNameIndex index, DivisionDirectory divisions) {
        this.index = index;
        this.divisions = divisions;
    }

    /** The body {@code name} certainly is, or null and the bodies it may be. */
    public record NameMatch(Long certain, List<Long> candidates) {
    }

    public NameMatch match(String name) {
        String key = NameKey.of(name);
        if (NameKey.isPartial(name)) {
            return new NameMatch(null, organisations(index.endingWith(key, MAX_CANDIDATES)));
        }
        List<Long> same = organisations(index.withKeys(List.of(key)));
        if (same.size() == 1) {
            return new NameMatch(same.get(0), List.of());
        }
        if (!same.isEmpty()) {
            return new NameMatch(null, same);
        }
        List<Long> lessDetailed = organisations(index.withKeys(NameKey.qualifiedForms(key).stream()
                .filter(form -> NameKey.isUnambiguous(form) || namesOnePlace(form)).toList()));
        List<Long> moreDetailed = organisations(index.endingWith(key, MAX_LONGER_KEYS).stream()
                .filter(hit -> NameKey.qualifies(hit.key(), key)).toList());
        Set<Long> related = new LinkedHashSet<>(lessDetailed);
        related.addAll(moreDetailed);
        boolean certain = related.size() == 1
                && (!lessDetailed.isEmpty() || NameKey.isUnambiguous(key) || namesOnePlace(key));
        return certain ? new NameMatch(related.iterator().next(), List.of())
                : new NameMatch(null, new ArrayList<>(related).subList(0, Math.min(related.size(), MAX_CANDIDATES)));
    }

    /** True when the map knows one place of this name in the country: 庆隆镇 is one, 东城街道 forty. */
    private boolean namesOnePlace(String key) {
        return divisions.locate(key, PlaceContext.NONE).size() == 1;
    }

    private static List<Long> organisations(List<KeyHit> hits) {
        return hits.stream().map(KeyHit::organisationId).distinct().toList();
    }
}
