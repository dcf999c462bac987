package org.fazhi.registry.testing;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** Walks a connection page by page, as a client following cursors would. */
public final class Pages {

    private Pages() {
    }

    /**
     * The ids of every node of the connection {@code field}, read {@code size} at a time; {@code document}
     * declares {@code $first: Int, $after: String} and selects {@code nodes { id } pageInfo { hasNextPage endCursor }}.
     */
    public static List<String> walk(String field, String document, int size, Object... variables) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Object[] vars = new Object[variables.length + 4];
            System.arraycopy(variables, 0, vars, 0, variables.length);
            vars[variables.length] = "first";
            vars[variables.length + 1] = size;
            vars[variables.length + 2] = "after";
            vars[variables.length + 3] = after;
            JsonPath page = GraphQL.data(document, vars).setRootPath("data." + field);
            ids.addAll(page.getList("nodes.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        return ids;
    }
}
