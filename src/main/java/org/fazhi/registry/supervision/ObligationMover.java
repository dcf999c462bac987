package org.fazhi.registry.supervision;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.fazhi.registry.organisation.OrganisationsMerged;

/** The obligations of a merged organisation pass to the one that remains, for every year it held one. */
@ApplicationScoped
public class ObligationMover {

    void onMerge(@Observes OrganisationsMerged merge) {
        Panache.getEntityManager().createNativeQuery("insert into reporting_obligation "
                        + "(report_year, organisation_id, source, created_at) select report_year, ?2, source, created_at "
                        + "from reporting_obligation where organisation_id = ?1 on conflict do nothing")
                .setParameter(1, merge.sourceId()).setParameter(2, merge.targetId()).executeUpdate();
    }
}
