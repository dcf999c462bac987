package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class CommitmentNodeLoader extends NodeLoader<CommitmentView> {

    public CommitmentNodeLoader() {
        super(NodeType.Commitment, id -> Commitment.<Commitment>findByIdOptional(id).map(CommitmentView::of));
    }
}
