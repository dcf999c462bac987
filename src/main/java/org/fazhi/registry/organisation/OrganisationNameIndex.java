package org.fazhi.registry.organisation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.registry.extraction.NameKey;

/**
 * The keys every organisation's names compare by (see {@link NameKey}), kept in their own table so that a name
 * read from a text finds its body by index, whatever form the text uses.
 */
@ApplicationScoped
public class OrganisationNameIndex {

    /** An organisation and one of its keys. */
    public record KeyHit(long organisationId, String key) {
    }

    /** Replaces the keys of {@code organisation} by those of its current names; names lacking a place get none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Organisation organisation) {
        Panache.getEntityManager().createNativeQuery("delete from organisation_name_key where organisation_id = ?1")
                .setParameter(1, organisation.id).executeUpdate();
        for (String key : keysOf(organisation)) {
            Panache.getEntityManager().createNativeQuery("insert into organisation_name_key "
                            + "(organisation_id, name_key, reversed_key) values (?1, ?2, reverse(?2)) on conflict do nothing")
                    .setParameter(1, organisation.id).setParameter(2, key).executeUpdate();
        }
    }

    /** Organisations with one of exactly these keys. */
    public List<KeyHit> withKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return hits(Panache.getEntityManager().createNativeQuery("select organisation_id, name_key "
                + "from organisation_name_key where name_key in (?1) order by organisation_id")
                .setParameter(1, keys).getResultList());
    }

    /** Organisations with a key that ends with {@code key} and is longer: 重庆市铜梁区 for 铜梁区. */
    public List<KeyHit> endingWith(String key, int limit) {
        return hits(Panache.getEntityManager().createNativeQuery("select organisation_id, name_key "
                        + "from organisation_name_key where reversed_key like ?1 escape '\\' and name_key <> ?2 "
                        + "order by organisation_id limit ?3")
                .setParameter(1, escapeLike(new StringBuilder(key).reverse().toString()) + "%")
                .setParameter(2, key).setParameter(3, limit).getResultList());
    }

    /**
     * Keys for the organisations registered before keys were kept, so an old database matches like a new one.
     * Replicas starting together may both do it: the inserts skip keys already there.
     */
    @Transactional
    void indexUnkeyed(@Observes StartupEvent event) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Panache.getEntityManager().createNativeQuery("select id from organisation o where not exists "
                + "(select 1 from organisation_name_key k where k.organisation_id = o.id)").getResultList();
        ids.forEach(id -> refresh(Organisation.findById(id.longValue())));
        if (!ids.isEmpty()) {
            Log.infof("indexed the names of %d organisation(s)", ids.size());
        }
    }

    private static Set<String> keysOf(Organisation organisation) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>(organisation.otherNames);
        names.add(organisation.name);
        names.stream().filter(name -> !name.isBlank() && !NameKey.isPartial(name)).map(NameKey::of)
                .filter(key -> !key.isEmpty()).forEach(keys::add);
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<KeyHit> hits(List<?> rows) {
        return ((List<Object[]>) rows).stream()
                .map(row -> new KeyHit(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
