package org.fazhi.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.registry.globalid.GlobalId;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OrganisationParentApiTest {

    private static final String SET_PARENT = """
            mutation($input: SetOrganisationParentInput!) {
              setOrganisationParent(input: $input) {
                organisation { id parent { id name } }
                userErrors { field code message }
              }
            }""";

    private static String create(String name, String kind) {
        return OrganisationApiTest.upsert(Map.of("name", name, "kind", kind)).getString("organisation.id");
    }

    private static JsonPath setParent(String organisationId, String parentId) {
        Map<String, Object> input = new HashMap<>();
        input.put("organisationId", organisationId);
        input.put("parentId", parentId);
        return GraphQL.asEditor().data(SET_PARENT, "input", input).setRootPath("data.setOrganisationParent");
    }

    @Test
    void shouldPlaceADepartmentUnderItsGovernmentAndRecordTheChange() {
        String government = create("嵩县人民政府", "GOVERNMENT");
        String department = create("嵩县司法局", "DEPARTMENT");

        JsonPath moved = setParent(department, government);

        assertThat(moved.getList("userErrors")).isEmpty();
        assertThat(moved.getString("organisation.parent.name")).isEqualTo("嵩县人民政府");
        long key = GlobalId.decode(department).orElseThrow().id();
        assertThat(Database.count("select count(*) from change_event where entity_type = 'ORGANISATION' and entity_id = "
                + key + " and action = 'UPDATED' and actor = '" + GraphQL.EDITOR_SUBJECT + "'")).isEqualTo(1);
    }

    @Test
    void shouldMakeAnOrganisationTopLevelWhenTheParentIsNull() {
        String government = create("栾川县人民政府", "GOVERNMENT");
        String department = create("栾川县应急管理局", "DEPARTMENT");
        setParent(department, government);

        JsonPath moved = setParent(department, null);

        assertThat(moved.getList("userErrors")).isEmpty();
        assertThat(moved.getString("organisation.parent")).isNull();
    }

    @Test
    void shouldRefuseACycleAndChangeNothing() {
        String city = create("洛阳市人民政府", "GOVERNMENT");
        String county = create("汝阳县人民政府", "GOVERNMENT");
        String township = create("汝阳县城关镇人民政府", "TOWNSHIP");
        setParent(county, city);
        setParent(township, county);
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = setParent(city, township);

        assertThat(refused.getString("organisation")).isNull();
        assertThat(refused.getString("userErrors[0].code")).isEqualTo("PARENT_CYCLE");
        assertThat(refused.getString("userErrors[0].field")).isEqualTo("input.parentId");
        assertThat(Database.rowCounts()).isEqualTo(before);
        assertThat(setParent(city, city).getString("userErrors[0].code")).isEqualTo("PARENT_CYCLE");
    }

    @Test
    void shouldRefuseAnIdThatIsNotAnOrganisation() {
        JsonPath refused = setParent("bm90LWFuLWlk", null);

        assertThat(refused.getString("userErrors[0].field")).isEqualTo("input.organisationId");
        assertThat(refused.getString("userErrors[0].code")).isEqualTo("INVALID_ID");
    }
}
