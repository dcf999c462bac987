package org.fazhi.registry.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The kept answers in PostgreSQL: read, written, locked and expired by key. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotentAnswers {

    /** How long an answer is kept, and a retry recognised. */
    public static final Duration RETENTION = Duration.ofHours(24);
    private static final String LIVE = "created_at > now() - make_interval(secs => :seconds)";

    private final EntityManager em;

    public IdempotentAnswers(EntityManager em) {
        this.em = em;
    }

    /** Holds the key until the transaction ends, so that a retry racing the first request waits for its answer. */
    void lock(String actor, String key) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:actor), hashtext(:key))")
                .setParameter("actor", actor).setParameter("key", key).getSingleResult();
    }

    /** The answer kept for the key within the retention; an older one counts as none. */
    Optional<StoredAnswer> find(String actor, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select operation, request_hash, answer from idempotent_answer "
                        + "where actor = :actor and idempotency_key = :key and " + LIVE)
                .setParameter("actor", actor).setParameter("key", key)
                .setParameter("seconds", RETENTION.toSeconds()).getResultList();
        return rows.stream().findFirst().map(r -> new StoredAnswer((String) r[0], (String) r[1], (String) r[2]));
    }

    /** Keeps an answer; one kept under the same key before the retention ended is replaced. */
    void save(String actor, String key, StoredAnswer answer) {
        em.createNativeQuery("insert into idempotent_answer (actor, idempotency_key, operation, request_hash, answer) "
                        + "values (:actor, :key, :operation, :hash, :answer) on conflict (actor, idempotency_key) do "
                        + "update set operation = excluded.operation, request_hash = excluded.request_hash, "
                        + "answer = excluded.answer, created_at = now()")
                .setParameter("actor", actor).setParameter("key", key).setParameter("operation", answer.operation())
                .setParameter("hash", answer.requestHash()).setParameter("answer", answer.answer()).executeUpdate();
    }

    /** Deletes the answers kept longer than the retention; returns how many. */
    @Transactional
    public int expire() {
        return em.createNativeQuery("delete from idempotent_answer where not (" + LIVE + ")")
                .setParameter("seconds", RETENTION.toSeconds()).executeUpdate();
    }
}
