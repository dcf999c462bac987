package org.fazhi.registry.report;

import jakarta.inject.Singleton;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@Singleton
public class ReportNodeLoader extends NodeLoader<ReportView> {

    public ReportNodeLoader(ReportQuery query) {
        super(NodeType.Report, query::byIds);
    }
}
