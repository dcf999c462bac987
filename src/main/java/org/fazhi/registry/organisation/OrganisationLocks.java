package org.fazhi.registry.organisation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Locks on the keys an organisation is found by, held until the transaction ends, so that the writers that look a
 * key up and may register a body under it run one after the other: concurrent submissions and upserts naming one new
 * body register it once, and the later ones find and update it. Taken in a fixed order (credit code, external
 * identifiers, name) so that two writers never wait for each other.
 */
@ApplicationScoped
public class OrganisationLocks {

    /** Serialises the writers of the unified social credit code {@code code}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void creditCode(String code) {
        lock("organisation-credit-code:" + code);
    }

    /** Serialises the writers of an external identifier. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void identifier(String scheme, String value) {
        lock("organisation-identifier:" + scheme + ":" + value);
    }

    /** Serialises the writers of a name key ({@link org.fazhi.registry.extraction.NameKey}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void name(String key) {
        lock("organisation-name:" + key);
    }

    private static void lock(String key) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key).getSingleResult();
    }
}
