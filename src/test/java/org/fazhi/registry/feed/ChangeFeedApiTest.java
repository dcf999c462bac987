package org.fazhi.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.globalid.NodeType;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ChangeFeedApiTest {

    private static final String CHANGES = """
            query($after: String) {
              changes(after: $after, first: 100) {
                edges { cursor node { entityType entityId action actor occurredAt } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) {
              upsertOrganisation(input: $input) { organisation { id } userErrors { code } }
            }""";

    /** What an integrator does: read every page after its stored cursor; returns the events and the cursor to store. */
    private record Read(List<Map<String, Object>> events, String cursor) {

        static Read after(String cursor) {
            List<Map<String, Object>> events = new ArrayList<>();
            String stored = cursor;
            boolean more = true;
            while (more) {
                JsonPath page = GraphQL.data(CHANGES, "after", stored).setRootPath("data.changes");
                events.addAll(page.getList("edges.node"));
                stored = page.getString("pageInfo.endCursor") == null ? stored : page.getString("pageInfo.endCursor");
                more = page.getBoolean("pageInfo.hasNextPage");
            }
            return new Read(events, stored);
        }

        List<String> describe() {
            return events.stream().map(e -> e.get("action") + " " + e.get("entityId")).toList();
        }
    }

    private static String upsert(Map<String, Object> input) {
        return GraphQL.asEditor().data(UPSERT, "input", input).getString("upsertOrganisation.organisation.id");
    }

    @Test
    void shouldServeCreatesAndUpdatesInCommitOrderAfterTheStoredCursor() {
        String cursor = Read.after(null).cursor();
        String code = CreditCodes.next();

        String county = upsert(Map.of("name", "孟津区人民政府", "kind", "GOVERNMENT", "creditCode", code));
        String bureau = upsert(Map.of("name", "孟津区司法局", "kind", "DEPARTMENT"));
        upsert(Map.of("creditCode", code, "otherNames", List.of("孟津区政府")));

        Read read = Read.after(cursor);
        assertThat(read.describe()).containsExactly("CREATED " + county, "CREATED " + bureau, "UPDATED " + county);
        assertThat(read.events()).allSatisfy(e -> {
            assertThat(e.get("entityType")).isEqualTo("ORGANISATION");
            assertThat(e.get("actor")).as("token subjects are not shown to anonymous readers").isNull();
            assertThat(e.get("occurredAt")).isNotNull();
        });
        assertThat(GraphQL.asReader().data(CHANGES, "after", cursor).getList("changes.edges.node.actor"))
                .containsExactly(GraphQL.EDITOR_SUBJECT, GraphQL.EDITOR_SUBJECT, GraphQL.EDITOR_SUBJECT);
        assertThat(Read.after(read.cursor()).events()).isEmpty();
    }

    @Test
    void shouldHoldBackLaterCommitsUntilAnOlderTransactionFinishesThenServeEachEventOnce() throws SQLException {
        String cursor = Read.after(null).cursor();
        long heldEntity = 900_000_000L + System.nanoTime() % 1_000_000L;
        String heldId = GlobalId.encode(NodeType.Report, heldEntity);

        try (Connection held = EmbeddedPostgresResource.server().getDatabase("postgres", "registry").getConnection()) {
            held.setAutoCommit(false);
            try (Statement s = held.createStatement()) {
                s.execute("insert into change_event (entity_type, entity_id, action, actor) values ('REPORT', "
                        + heldEntity + ", 'UPDATED', 'slow-integrator')");
            }
            // A younger transaction commits while the older one is still open.
            String organisation = upsert(Map.of("name", "偃师区人民政府", "kind", "GOVERNMENT"));

            Read whileHeld = Read.after(cursor);
            assertThat(whileHeld.describe()).doesNotContain("CREATED " + organisation);

            held.commit();

            Read resumed = Read.after(whileHeld.cursor());
            List<String> all = new ArrayList<>(whileHeld.describe());
            all.addAll(resumed.describe());
            assertThat(all).containsOnlyOnce("UPDATED " + heldId, "CREATED " + organisation);
            assertThat(all.indexOf("UPDATED " + heldId)).isLessThan(all.indexOf("CREATED " + organisation));
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherList() {
        GraphQL.post("{ changes(after: \"bm90LWEtY3Vyc29y\") { totalCount } }")
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
    }
}
