package org.fazhi.registry.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class CommitmentNodeLoader extends NodeLoader<CommitmentView> {

    public CommitmentNodeLoader() {
        super(NodeType.Commitment, ids -> Batches.viewsById(Commitment.<Commitment>list("id in ?1", ids), c -> c.id,
                CommitmentView::of));
    }
}
