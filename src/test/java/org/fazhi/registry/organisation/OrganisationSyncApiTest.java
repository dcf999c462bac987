package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.testing.CreditCodes;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** A nightly sync sends every organisation again: what did not change writes nothing and floods no feed. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationSyncApiTest {

    private static final String UPSERT = """
            mutation($input: UpsertOrganisationInput!) {
              upsertOrganisation(input: $input) { created changed organisation { id } userErrors { code } }
            }""";

    private static JsonPath upsert(Map<String, Object> input) {
        return GraphQL.asEditor().data(UPSERT, "input", input).setRootPath("data.upsertOrganisation");
    }

    private static String updatedAt(String id) {
        return GraphQL.data("query($id: ID!) { organisation(id: $id) { updatedAt } }", "id", id).getString("organisation.updatedAt");
    }

    private static long rowVersion(String id) {
        return Database.count("select version from organisation where id = " + GlobalId.decode(id).orElseThrow().id());
    }

    @Test
    void shouldWriteNothingForAnUpsertThatChangesNoField() {
        Map<String, Object> synced = Map.of("name", "洛龙区人民政府", "kind", "GOVERNMENT", "creditCode", CreditCodes.next(),
                "divisionCode", "410311", "otherNames", List.of("洛龙区政府", "洛龍區人民政府"),
                "identifiers", List.of(Map.of("scheme", "OA", "value", "LL-001")));
        String id = upsert(synced).getString("organisation.id");
        long events = Database.count("select count(*) from change_event");
        long version = rowVersion(id);
        String updatedAt = updatedAt(id);

        JsonPath again = upsert(synced);

        assertThat(again.getList("userErrors")).isEmpty();
        assertThat(again.getBoolean("created")).isFalse();
        assertThat(again.getBoolean("changed")).isFalse();
        assertThat(updatedAt(id)).isEqualTo(updatedAt);
        assertThat(Database.count("select count(*) from change_event")).isEqualTo(events);
        assertThat(rowVersion(id)).isEqualTo(version);
    }

    @Test
    void shouldWriteOneEventForAnUpsertThatChangesAField() {
        String code = CreditCodes.next();
        String id = upsert(Map.of("name", "老城区人民政府", "kind", "GOVERNMENT", "creditCode", code)).getString("organisation.id");
        long events = Database.count("select count(*) from change_event");

        JsonPath changed = upsert(Map.of("creditCode", code, "otherNames", List.of("老城区政府")));

        assertThat(changed.getBoolean("changed")).isTrue();
        assertThat(Database.count("select count(*) from change_event")).isEqualTo(events + 1);
        assertThat(Database.count("select count(*) from change_event where action = 'UPDATED' and entity_id = "
                + GlobalId.decode(id).orElseThrow().id())).isEqualTo(1);
    }

    @Test
    void shouldWriteNothingForAParentOrConfirmationAlreadyInPlace() {
        String parent = upsert(Map.of("name", "西工区人民政府", "kind", "GOVERNMENT")).getString("organisation.id");
        String child = upsert(Map.of("name", "西工区司法局", "kind", "DEPARTMENT", "parentId", parent)).getString("organisation.id");
        long events = Database.count("select count(*) from change_event");

        JsonPath parentAgain = GraphQL.asEditor().data("""
                mutation($o: ID!, $p: ID) { setOrganisationParent(input: {organisationId: $o, parentId: $p}) { changed } }""",
                "o", child, "p", parent);
        JsonPath confirmAgain = GraphQL.asEditor().data("""
                mutation($o: ID!) { confirmOrganisation(input: {organisationId: $o}) { changed } }""", "o", child);

        assertThat(parentAgain.getBoolean("setOrganisationParent.changed")).isFalse();
        assertThat(confirmAgain.getBoolean("confirmOrganisation.changed")).isFalse();
        assertThat(Database.count("select count(*) from change_event")).isEqualTo(events);
    }
}
