package org.fazhi.registry.organisation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.fazhi.registry.extraction.OrganisationKind;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.graphql.Node;
import org.fazhi.registry.persistence.ReadFor;

@Name("Organisation")
@Description("A body that issues rule-of-law reports: a government, one of its departments, a township or a development zone.")
public record OrganisationView(
        @Ignore long key,
        @NonNull @Description("The full name as the body calls itself, e.g. 济源高新技术产业开发区管理办公室.") String name,
        @NonNull @Description("What kind of body this is.") OrganisationKind kind,
        @Ignore Long parentKey,
        @ReadFor("division") @Description("The GB/T 2260 administrative division code (six digits) of the area the body serves.") String divisionCode,
        @Description("The name of that administrative division, e.g. 济源市.") String divisionName,
        @Description("The unified social credit code (统一社会信用代码), 18 characters with a verified check character.") String creditCode,
        @NonNull @Description("False for a body registered from a report text that may be one already registered (see `candidates`), or whose name lacks its place, until a person merges or confirms it.") boolean confirmed,
        @NonNull @Description("When the registry first recorded the organisation.") OffsetDateTime createdAt,
        @NonNull @Description("When the registry last changed the organisation.") OffsetDateTime updatedAt) implements Node {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.parentId, o.divisionCode, o.divisionName, o.creditCode,
                o.confirmed, o.createdAt, o.updatedAt);
    }

    /** Hashes the row's key only: batched resolvers key their work by the view, and hashing every column was slow. */
    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }

    @Id
    @NonNull
    @Override
    @Description("The organisation's global ID.")
    public String getId() {
        return GlobalId.encode(NodeType.Organisation, key);
    }
}
