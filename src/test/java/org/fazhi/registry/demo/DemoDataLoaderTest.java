package org.fazhi.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** The demo loads the five sample reports and who must report on them into an empty database at start-up, and never twice. */
@QuarkusTest
@TestProfile(DemoDataLoaderTest.DemoProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class,
        initArgs = @ResourceArg(name = EmbeddedPostgresResource.DATABASE_ARG, value = "demo"))
class DemoDataLoaderTest {

    static final Path SEEDS = Path.of("src/test/resources/seeds");

    public static class DemoProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.demo.seeds", SEEDS.toString());
        }
    }

    @Inject
    DemoDataLoader loader;

    @Test
    void shouldLoadTheFiveSampleReportsOnceOnly() {
        GraphQL.post("{ reports(first: 100) { totalCount nodes { organisation { name } reportYear } } }")
                .body("data.reports.totalCount", equalTo(5))
                .body("data.reports.nodes.organisation.name", hasItems("济源高新技术产业开发区管理办公室", "高青经济开发区",
                        "新荣经济技术开发区管理委员会", "河东区政府办公室", "武汉市汉阳区某局（报告未署名）"));

        assertThat(loader.load(SEEDS)).isZero();

        GraphQL.post("{ reports(first: 100, filter: {state: SUPERSEDED}) { totalCount } }")
                .body("data.reports.totalCount", equalTo(0));
        GraphQL.post("{ reports(first: 100) { totalCount } }").body("data.reports.totalCount", equalTo(5));
    }

    @Test
    void shouldFindSomethingWithTheSearchExampleOfTheReadme() throws IOException {
        Matcher example = Pattern.compile("```graphql\n(\\{\\s*search\\(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(example.find()).as("the README shows a search").isTrue();

        JsonPath found = GraphQL.data(example.group(1));

        assertThat(found.getInt("search.totalCount")).isPositive();
        assertThat(found.getList("search.nodes.snippet", String.class)).allSatisfy(s -> assertThat(s).contains("【政务公开】"));
    }

    @Test
    void shouldObligeTheGovernmentsOfTheSampleRegionsAndTheListedBodiesOnce() {
        String status = "{ reportingStatus(year: 2024, first: 100) { totalCount nodes { organisation { name } status } } }";
        GraphQL.post(status)
                .body("data.reportingStatus.totalCount", equalTo(7))
                .body("data.reportingStatus.nodes.organisation.name", hasItems("济源市人民政府", "汉阳区人民政府",
                        "新荣区人民政府", "武汉市汉阳区某局（报告未署名）", "济源高新技术产业开发区管理办公室",
                        "新荣经济技术开发区管理委员会", "河东区政府办公室"));

        loader.load(SEEDS);

        GraphQL.post(status).body("data.reportingStatus.totalCount", equalTo(7));
        GraphQL.post("{ organisations(filter: {nameContains: \"济源市人民政府\"}) { totalCount } }")
                .body("data.organisations.totalCount", equalTo(1));
    }
}
