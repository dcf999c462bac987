package org.fazhi.registry.organisation;

import jakarta.inject.Singleton;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@Singleton
public class OrganisationNodeLoader extends NodeLoader<OrganisationView> {

    public OrganisationNodeLoader(OrganisationQuery query) {
        super(NodeType.Organisation, query::byIds);
    }
}
