package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class ReportNodeLoader extends NodeLoader<ReportView> {

    public ReportNodeLoader() {
        super(NodeType.Report, ids -> Batches.viewsById(Report.<Report>list("id in ?1", ids), r -> r.id, ReportView::of));
    }
}
