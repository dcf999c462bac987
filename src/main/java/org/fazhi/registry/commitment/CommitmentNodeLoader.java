package org.fazhi.registry.commitment;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@Singleton
public class CommitmentNodeLoader extends NodeLoader<CommitmentView> {

    public CommitmentNodeLoader(CommitmentQuery query) {
        super(NodeType.Commitment, (id, fields) -> Optional.ofNullable(query.byIds(List.of(id), fields).get(id)));
    }
}
