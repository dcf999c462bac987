package org.fazhi.registry.organisation;

import jakarta.inject.Singleton;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.NodeLoader;

@Singleton
public class OrganisationNodeLoader extends NodeLoader<OrganisationView> {

    public OrganisationNodeLoader(OrganisationQuery query) {
        super(NodeType.Organisation, query::byIds);
    }
}
