package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class OrganisationNodeLoader extends NodeLoader<OrganisationView> {

    public OrganisationNodeLoader() {
        super(NodeType.Organisation, id -> Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::of));
    }
}
