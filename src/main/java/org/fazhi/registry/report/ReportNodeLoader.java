package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class ReportNodeLoader implements NodeLoader {

    @Override
    public NodeType type() {
        return NodeType.Report;
    }

    @Override
    public Optional<ReportView> load(long id) {
        return Report.<Report>findByIdOptional(id).map(ReportView::of);
    }
}
