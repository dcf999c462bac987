package org.fazhi.registry.report;

import jakarta.inject.Singleton;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.NodeLoader;

@Singleton
public class ReportNodeLoader extends NodeLoader<ReportView> {

    public ReportNodeLoader(ReportQuery query) {
        super(NodeType.Report, query::byIds);
    }
}
