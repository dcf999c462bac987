package org.fazhi.registry.commitment;

import jakarta.inject.Singleton;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.NodeLoader;

@Singleton
public class CommitmentNodeLoader extends NodeLoader<CommitmentView> {

    public CommitmentNodeLoader(CommitmentQuery query) {
        super(NodeType.Commitment, query::byIds);
    }
}
