package org.fazhi.registry.organisation;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@Singleton
public class OrganisationNodeLoader extends NodeLoader<OrganisationView> {

    public OrganisationNodeLoader(OrganisationQuery query) {
        super(NodeType.Organisation, (id, fields) -> Optional.ofNullable(query.byIds(List.of(id), fields).get(id)));
    }
}
