package org.fazhi.registry.commitment;

import jakarta.inject.Singleton;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@Singleton
public class CommitmentNodeLoader extends NodeLoader<CommitmentView> {

    public CommitmentNodeLoader(CommitmentQuery query) {
        super(NodeType.Commitment, query::byIds);
    }
}
