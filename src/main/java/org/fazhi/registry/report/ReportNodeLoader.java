package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class ReportNodeLoader extends NodeLoader<ReportView> {

    public ReportNodeLoader() {
        super(NodeType.Report, id -> Report.<Report>findByIdOptional(id).map(ReportView::of));
    }
}
