package org.fazhi.registry.commitment;

import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.fazhi.registry.graphql.SortField;
import org.fazhi.registry.graphql.SortType;

@Description("What commitments can be ordered by; commitments with equal values keep the order they were recorded in.")
public enum CommitmentOrderField implements SortField<CommitmentView> {
    @Description("The year the commitment is to be carried out in.")
    TARGET_YEAR("c.targetYear", SortType.INTEGER, "targetYear", CommitmentView::targetYear),
    @Description("When the commitment last changed, e.g. its status.")
    UPDATED_AT("c.updatedAt", SortType.TIMESTAMP, "updatedAt", CommitmentView::updatedAt);

    private final Key<CommitmentView> key;

    CommitmentOrderField(String expression, SortType type, String field, Function<CommitmentView, Object> value) {
        this.key = new Key<>(expression, type, field, value);
    }

    @Override
    public Key<CommitmentView> key() {
        return key;
    }
}
