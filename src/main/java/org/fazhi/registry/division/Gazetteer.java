package org.fazhi.registry.division;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.registry.extraction.ChineseScript;

/**
 * Finds the divisions a body's name points to. The name is read from its start as a chain of place
 * names, each lying within the one before: 重庆市|铜梁区|庆隆镇人民政府, 湖南省|常德市|桃源县司法局. A short
 * form (济源 for 济源市) only starts a name when a zone's words or a place within it follow: 济源|高新技术
 * 产业开发区, never 公安|局. When the chain ends on a name several divisions share (东城街道), the context
 * — a recipient line, a parent's division — keeps those that lie within or around a place it names; if it
 * names none of them, all remain candidates.
 */
public final class Gazetteer {

    /** Party bodies are named after their place: 中共铜梁区委. */
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中共");
    /** Words that may follow a short form at the start of a name: 高青|经济开发区, 济源|高新区. */
    private static final List<String> ZONE_WORDS = List.of(
            "经济", "高新", "经开", "开发", "工业", "产业", "科技", "保税", "综合", "新区", "园区", "农业", "示范");
    private static final int MIN_ALIAS = 2;

    private record Alias(DivisionRecord division, boolean shortForm) {
    }

    private record Match(List<DivisionRecord> divisions, int end) {
    }

    private final Map<String, List<Alias>> aliases = new HashMap<>();
    private final Map<String, DivisionRecord> byCode = new HashMap<>();
    private final int longest;

    public Gazetteer(Collection<DivisionRecord> divisions) {
        int max = 0;
        for (DivisionRecord d : divisions) {
            byCode.put(d.code(), d);
            if (d.type() == DivisionType.GROUPING) {
                continue;
            }
            add(d.name(), new Alias(d, false));
            PlaceNames.shortForm(d).ifPresent(s -> add(s, new Alias(d, true)));
            max = Math.max(max, d.name().length());
        }
        longest = max;
    }

    private void add(String text, Alias alias) {
        aliases.computeIfAbsent(text, k -> new ArrayList<>()).add(alias);
    }

    /** The division with this code; null when the table has none. */
    public DivisionRecord byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The divisions {@code name} may lie in, after {@code context} has ruled out what it can; empty when none. */
    public List<DivisionRecord> locate(String name, PlaceContext context) {
        List<DivisionRecord> candidates = chain(name);
        if (candidates.size() <= 1) {
            return candidates;
        }
        Set<DivisionRecord> anchors = new LinkedHashSet<>();
        context.divisionCodes().stream().map(byCode::get).filter(java.util.Objects::nonNull).forEach(anchors::add);
        context.texts().forEach(text -> anchors.addAll(chain(text)));
        List<DivisionRecord> near = candidates.stream()
                .filter(c -> anchors.stream().anyMatch(a -> DivisionCodes.isWithin(c.code(), a.code())
                        || DivisionCodes.isWithin(a.code(), c.code())))
                .toList();
        return near.isEmpty() ? candidates : near;
    }

    /** The divisions the chain of place names at the start of {@code text} ends on. */
    private List<DivisionRecord> chain(String text) {
        String name = withoutPartyPrefix(ChineseScript.toSimplified(text.strip()));
        List<DivisionRecord> current = List.of();
        int position = 0;
        for (Match m = next(name, position, null); m != null; m = next(name, position, current)) {
            current = m.divisions();
            position = m.end();
        }
        return current;
    }

    /** The longest place name at {@code position} lying within one of {@code above} (any, at the start). */
    private Match next(String name, int position, List<DivisionRecord> above) {
        for (int end = Math.min(name.length(), position + longest); end >= position + MIN_ALIAS; end--) {
            List<Alias> found = aliases.get(name.substring(position, end));
            if (found == null) {
                continue;
            }
            int at = end;
            List<DivisionRecord> fitting = found.stream()
                    .filter(a -> above == null ? !a.shortForm() || startsName(name, at, a.division())
                            : above.stream().anyMatch(u -> lowerWithin(a.division(), u)))
                    .map(Alias::division).distinct().toList();
            if (!fitting.isEmpty()) {
                return new Match(fitting, end);
            }
        }
        return null;
    }

    /** True when a short form ending at {@code end} may start a name: a zone's words or a place within follow. */
    private boolean startsName(String name, int end, DivisionRecord division) {
        return ZONE_WORDS.stream().anyMatch(w -> name.startsWith(w, end)) || next(name, end, List.of(division)) != null;
    }

    private static boolean lowerWithin(DivisionRecord division, DivisionRecord above) {
        return division.level().compareTo(above.level()) > 0 && DivisionCodes.isWithin(division.code(), above.code());
    }

    private static String withoutPartyPrefix(String name) {
        return PARTY_PREFIXES.stream().filter(name::startsWith).findFirst()
                .map(p -> name.substring(p.length())).orElse(name);
    }
}
