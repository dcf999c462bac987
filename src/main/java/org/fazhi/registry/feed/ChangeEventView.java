package org.fazhi.registry.feed;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;

@Name("ChangeEvent")
@Description("One change of an organisation, report or commitment, as the change feed reports it.")
public record ChangeEventView(
        @NonNull @Description("The kind of object that changed.") EntityType entityType,
        @NonNull @Id @Description("The global ID of the object that changed; fetch its current state with `node`.") String entityId,
        @NonNull @Description("What happened to the object.") ChangeAction action,
        @Ignore String changedBy,
        @NonNull @Description("When the change was made.") OffsetDateTime occurredAt) {

    static ChangeEventView of(ChangeRow row) {
        return new ChangeEventView(row.entityType(), GlobalId.encode(nodeType(row.entityType()), row.entityId()),
                row.action(), row.actor(), row.occurredAt());
    }

    private static NodeType nodeType(EntityType type) {
        return switch (type) {
            case ORGANISATION -> NodeType.Organisation;
            case REPORT -> NodeType.Report;
            case COMMITMENT -> NodeType.Commitment;
        };
    }
}
