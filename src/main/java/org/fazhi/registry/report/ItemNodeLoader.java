package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class ItemNodeLoader extends NodeLoader<ItemView> {

    public ItemNodeLoader() {
        super(NodeType.Item, ids -> Batches.viewsById(Item.<Item>list("id in ?1", ids), i -> i.id, ItemView::of));
    }
}
