package org.fazhi.registry.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's Node: every object with a global id can be fetched again through {@code node(id)}. */
@Description("An object with a global, opaque ID that can be fetched again with the `node` query.")
public interface Node {

    @Id
    @NonNull
    @Description("The object's global ID: an opaque token, stable for the object's lifetime.")
    String getId();
}
