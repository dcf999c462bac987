package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class ProblemNodeLoader extends NodeLoader<ProblemView> {

    public ProblemNodeLoader() {
        super(NodeType.Problem, ids -> Batches.viewsById(Problem.<Problem>list("id in ?1", ids), p -> p.id, ProblemView::of));
    }
}
