package org.fazhi.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class OrganisationNodeLoader implements NodeLoader {

    @Override
    public NodeType type() {
        return NodeType.Organisation;
    }

    @Override
    public Optional<OrganisationView> load(long id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::of);
    }
}
