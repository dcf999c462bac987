package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class CommitmentNodeLoader implements NodeLoader {

    @Override
    public NodeType type() {
        return NodeType.Commitment;
    }

    @Override
    public Optional<CommitmentView> load(long id) {
        return Commitment.<Commitment>findByIdOptional(id).map(CommitmentView::of);
    }
}
