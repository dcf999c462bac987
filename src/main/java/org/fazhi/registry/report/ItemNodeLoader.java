package org.fazhi.registry.report;

import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.persistence.Projection;
import org.fazhi.registry.persistence.SqlRows;

@Singleton
public class ItemNodeLoader extends NodeLoader<ItemView> {

    public ItemNodeLoader(SqlRows rows) {
        super(NodeType.Item, (ids, fields) -> rows.list(Projection.of(ItemView.class, "i", fields),
                "from item i where i.id = any(?)", ids).stream().collect(Collectors.toMap(ItemView::key, i -> i)));
    }
}
