package org.fazhi.registry.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;

/** Problems are read whole: whether one recurs is worked out from its row, not a column of its own. */
@Singleton
public class ProblemNodeLoader extends NodeLoader<ProblemView> {

    public ProblemNodeLoader() {
        super(NodeType.Problem, (ids, fields) -> QuarkusTransaction.joiningExisting().call(() -> Batches.viewsById(
                Problem.<Problem>list("id in ?1", ids), p -> p.id, ProblemView::of)));
    }
}
