package org.fazhi.registry.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.search.CandidateStatements.Group;
import org.fazhi.registry.search.CandidateStatements.Position;

/**
 * Finds the hits a search ranks: of each kind, the {@code registry.search.candidates} in the most recent current
 * reports (by published date, unknown dates last, then by id), and one more to tell that there are more.
 *
 * <p>A term found in most reports is found in the most recent ones: reports are read newest first, a group at a time
 * (twice the limit, then twice as many each time), and the search stops as soon as every kind has its hits,
 * after a few hundred reports however many there are. A kind the groups read so far hardly hold is looked up in an
 * index of all the older reports instead (pg_trgm for three characters or more, the reports' bigrams for two) once
 * that is expected to match fewer rows than the next group would read: a rare term costs its few hits, and every
 * hit of a kind with no more hits than the limit is found and ranked. A single character has no index: its reports
 * are read until every kind has its hits or none are left.
 */
@ApplicationScoped
@Transactional
public class SearchCandidates {

    /**
     * The first group of reports read holds this many times the limit: a term in every report fills each kind from it,
     * and a rare term is looked up in an index after reading that many texts (four times cost a rare term 7 ms more
     * at a million reports, PostgreSQL's time to decompress and match 100 more texts).
     */
    private static final int FIRST_GROUP = 2;

    private final CandidateStatements statements;
    private final int limit;

    public SearchCandidates(CandidateStatements statements, @ConfigProperty(name = "registry.search.candidates") int limit) {
        this.statements = statements;
        this.limit = limit;
    }

    Candidates find(SearchScope scope) {
        Candidates candidates = new Candidates(scope.sources(), limit);
        Map<SearchSource, Long> hitsRead = new EnumMap<>(SearchSource.class);
        int size = FIRST_GROUP * limit;
        long read = 0;
        Long reports = null;
        Position after = null;
        while (!candidates.lacking().isEmpty()) {
            Group group = statements.next(scope, after, size);
            if (group == null) {
                break;
            }
            statements.read(scope, candidates, after, group).forEach((s, n) -> hitsRead.merge(s, (long) n, Long::sum));
            read += group.size();
            if (group.size() < size) {
                break;
            }
            after = group.last();
            size *= 2;
            if (scope.indexed()) {
                reports = reports == null ? statements.reportCount() : reports;
                for (SearchSource source : candidates.lacking()) {
                    // Rows the index would match, at the rate the reports read so far hold them, against reading on.
                    long rate = hitsRead.getOrDefault(scope.q().length() == 2 ? SearchSource.REPORT : source, 0L);
                    if (rate * Math.max(0, reports - read) < (long) size * read) {
                        statements.lookUp(scope, candidates, source, after);
                    }
                }
            }
        }
        return candidates;
    }
}
