package org.fazhi.registry.report;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@Singleton
public class ReportNodeLoader extends NodeLoader<ReportView> {

    public ReportNodeLoader(ReportQuery query) {
        super(NodeType.Report, (id, fields) -> Optional.ofNullable(query.byIds(List.of(id), fields).get(id)));
    }
}
