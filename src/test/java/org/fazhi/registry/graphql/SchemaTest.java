package org.fazhi.registry.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.Snapshot;
import org.junit.jupiter.api.Test;

/** The committed schema.graphql is the contract clients read: it must be exactly what the service serves, and fully described. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class SchemaTest {

    private static final Path COMMITTED = Path.of("schema.graphql");
    private static final String INTROSPECTION = """
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }""";

    @Test
    void shouldServeExactlyTheCommittedSchema() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Snapshot.check(COMMITTED, served, "schema.update", "SchemaTest");
    }

    @Test
    void shouldParseTheCommittedSchemaOnItsOwnAsCodeGeneratorsDo() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(COMMITTED));

        assertThat(registry.scalars()).containsKeys("DateTime", "Date", "BigDecimal", "Base64");
        // Building a schema fails on any type that is used but not declared.
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        assertThat(schema.getQueryType().getFieldDefinition("reports")).isNotNull();
        assertThat(schema.getMutationType().getFieldDefinition("submitReport")).isNotNull();
        // Deprecations are part of the contract, with their reason (the README's deprecation policy).
        GraphQLEnumValueDefinition deprecated = ((GraphQLEnumType) schema.getType("UserErrorCode")).getValue("ALREADY_WITHDRAWN");
        assertThat(deprecated.isDeprecated()).isTrue();
        assertThat(deprecated.getDeprecationReason()).contains("idempotent");
    }

    @Test
    void shouldDescribeEveryTypeFieldArgumentAndEnumValue() {
        JsonPath schema = GraphQL.data(INTROSPECTION);
        List<String> undescribed = new ArrayList<>();
        List<Map<String, Object>> types = schema.getList("__schema.types");
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || List.of("String", "Boolean", "Int", "Float", "ID").contains(name)) {
                continue;
            }
            check(undescribed, name, type);
            children(type, "fields").forEach(f -> {
                check(undescribed, name + "." + f.get("name"), f);
                children(f, "args").forEach(a -> check(undescribed, name + "." + f.get("name") + "(" + a.get("name") + ")", a));
            });
            children(type, "inputFields").forEach(f -> check(undescribed, name + "." + f.get("name"), f));
            children(type, "enumValues").forEach(v -> check(undescribed, name + "." + v.get("name"), v));
        }
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> element, String key) {
        Object value = element.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(List<String> undescribed, String path, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(path);
        }
    }
}
