package org.fazhi.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.fazhi.registry.graphql.Batches;
import org.fazhi.registry.graphql.NodeLoader;
import org.fazhi.registry.graphql.NodeType;

@ApplicationScoped
public class SectionNodeLoader extends NodeLoader<SectionView> {

    public SectionNodeLoader() {
        super(NodeType.Section, ids -> Batches.viewsById(Section.<Section>list("id in ?1", ids), s -> s.id, SectionView::of));
    }
}
