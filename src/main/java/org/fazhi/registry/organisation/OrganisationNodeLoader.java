package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class OrganisationNodeLoader extends NodeLoader<OrganisationView> {

    public OrganisationNodeLoader() {
        super(NodeType.Organisation, ids -> Batches.viewsById(Organisation.<Organisation>list("id in ?1", ids), o -> o.id,
                OrganisationView::of));
    }
}
