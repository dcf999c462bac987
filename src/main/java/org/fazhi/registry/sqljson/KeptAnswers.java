package org.fazhi.registry.sqljson;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fazhi.registry.cache.DataVersion;
import org.fazhi.registry.cache.LeastRecentlyUsedBySize;
import org.fazhi.registry.sqljson.SqlJsonQueries.Answer;
import org.fazhi.registry.sqljson.SqlJsonQueries.Statement;

/**
 * Answers PostgreSQL built, kept in memory by their statement, each under the {@link DataVersion} read before it was
 * built, and served again only to a request that reads the same settled version: never after a committed change to
 * anything an answer reads. A version read before the statement is never newer than the data the answer saw, and a
 * later settled snapshot with the same marker sees exactly what it saw. A dashboard's fifty viewers ask the same
 * page, and building it cost PostgreSQL twice the service's own work. Bounded by bytes, least recently used first out.
 */
@ApplicationScoped
class KeptAnswers {

    /** What an entry holds besides the answer: its key's text and the map's bookkeeping, roughly. */
    private static final long ENTRY_OVERHEAD = 256;

    private record Kept(long marker, Answer answer, long size) {
    }

    private final LeastRecentlyUsedBySize<Statement, Kept> kept;

    KeptAnswers(@ConfigProperty(name = "registry.sql-json.kept-answer-bytes") long capacity) {
        this.kept = new LeastRecentlyUsedBySize<>(capacity, Kept::size);
    }

    /** Whether answers are kept at all: when not, no version need be read. */
    boolean keeps() {
        return kept.holds();
    }

    /** The answer kept for {@code statement} at {@code version}, if any. */
    Optional<Answer> at(DataVersion version, Statement statement) {
        if (!version.settled()) {
            return Optional.empty();
        }
        Kept entry = kept.get(statement);
        return entry != null && entry.marker() == version.marker() ? Optional.of(entry.answer()) : Optional.empty();
    }

    /** Keeps {@code answer}, built after {@code version} was read, unless a newer one is kept already. */
    void keep(DataVersion version, Statement statement, Answer answer) {
        if (version.settled()) {
            long size = answer.json().length + 2L * statement.sized().length() + ENTRY_OVERHEAD;
            // A slower request that read an older version must not replace a newer answer.
            kept.merge(statement, new Kept(version.marker(), answer, size),
                    (old, built) -> built.marker() >= old.marker() ? built : old);
        }
    }
}
