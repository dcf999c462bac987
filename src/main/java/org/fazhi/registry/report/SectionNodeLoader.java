package org.fazhi.registry.report;

import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows;

@Singleton
public class SectionNodeLoader extends NodeLoader<SectionView> {

    public SectionNodeLoader(SqlRows rows) {
        super(NodeType.Section, (ids, fields) -> rows.list(Projection.of(SectionView.class, "s", fields),
                "from section s where s.id = any(?)", ids).stream().collect(Collectors.toMap(SectionView::key, s -> s)));
    }
}
