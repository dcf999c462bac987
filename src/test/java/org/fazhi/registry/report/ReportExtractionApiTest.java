package org.fazhi.registry.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;

/** A submitted text is read in the same transaction that stores it; parseReport reads without storing. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReportExtractionApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitReportInput!) {
              submitReport(input: $input) {
                created organisationCreated
                report { id reportYear title documentNumber signer recipient issuedDate parserVersion normalisedText
                  organisation { name kind }
                  sections { kind heading startOffset endOffset items { marker title children { marker } } }
                  commitments { title targetYear status }
                  problems { title }
                  metrics { value unit qualifier startOffset endOffset }
                  citations { title canonicalTitle kind }
                  complianceFindings { rule severity } }
                userErrors { field code message }
              }
            }""";

    static String seed(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/seeds", name), StandardCharsets.UTF_8);
    }

    @Test
    void shouldStoreEverythingReadFromTheTextAndDetectTheOrganisation() throws IOException {
        JsonPath stored = GraphQL.asEditor().data(SUBMIT, "input", Map.of("text", seed("000_7d677dd81acf4c49.txt")))
                .setRootPath("data.submitReport");

        assertThat(stored.getList("userErrors")).isEmpty();
        assertThat(stored.getString("report.organisation.name")).isEqualTo("济源高新技术产业开发区管理办公室");
        assertThat(stored.getString("report.organisation.kind")).isEqualTo("DEVELOPMENT_ZONE");
        assertThat(stored.getInt("report.reportYear")).isEqualTo(2024);
        assertThat(stored.getString("report.documentNumber")).isEqualTo("济高新文〔2024〕39号");
        assertThat(stored.getString("report.signer")).isEqualTo("董倩");
        assertThat(stored.getString("report.issuedDate")).isEqualTo("2024-11-29");
        assertThat(stored.getList("report.sections.kind")).containsExactly("PREAMBLE", "LEADER_RESPONSIBILITY",
                "MEASURES_AND_RESULTS", "PROBLEMS", "NEXT_YEAR_PLAN");
        assertThat(stored.getList("report.sections[2].items.marker")).containsExactly("(一)", "(二)", "(三)", "(四)");
        assertThat(stored.getList("report.sections[2].items[0].children")).hasSize(3);
        assertThat(stored.getList("report.commitments.title")).containsExactly("加强依法行政能力建设",
                "健全法治政府建设考核评价激励机制", "充实加强法治政府建设工作力量", "加大依法行政监督力度", "全面加强法治宣传力度");
        assertThat(stored.getList("report.commitments.targetYear")).containsOnly(2025);
        assertThat(stored.getList("report.commitments.status")).containsOnly("PLANNED");
        assertThat(stored.getList("report.problems")).hasSize(2);
        assertThat(stored.getList("report.citations.canonicalTitle")).contains("宪法", "民法典", "反电信网络诈骗法");
        assertThat(stored.getList("report.complianceFindings")).isEmpty();
        String normalised = stored.getString("report.normalisedText");
        int start = stored.getInt("report.metrics[0].startOffset");
        int end = stored.getInt("report.metrics[0].endOffset");
        assertThat(normalised.substring(start, end)).contains(stored.getString("report.metrics[0].unit"));
    }

    @Test
    void shouldFindALatePublicationFromTheDateTheSubmitterGives() throws IOException {
        String text = seed("001_ab3a3130f34335bf.txt").replace("高青经济开发区", "迟发经济开发区");

        JsonPath stored = GraphQL.asEditor().data(SUBMIT, "input", Map.of("text", text, "publishedDate", "2023-06-30"))
                .setRootPath("data.submitReport");

        assertThat(stored.getList("report.complianceFindings.rule")).contains("LATE_PUBLICATION");
        GraphQL.post("{ reports(first: 100, filter: {publishedLate: true}) { nodes { id } } }")
                .body("data.reports.nodes.id", org.hamcrest.Matchers.hasItem(stored.getString("report.id")));
    }

    @Test
    void shouldRequireTheOrganisationWhenTheTextNamesItOnlyByPronoun() throws IOException {
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = GraphQL.asEditor().data(SUBMIT, "input", Map.of("text", seed("002_44d62b4e2cde1d86.txt")))
                .setRootPath("data.submitReport");

        assertThat(refused.getList("userErrors.code")).containsExactly("ORGANISATION_REQUIRED");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATextOverOneMegabyteAsAWholeAndWriteNothing() {
        Map<String, Long> before = Database.rowCounts();

        // More report text than one request may carry is refused before any resolver runs.
        given().auth().oauth2(GraphQL.asEditor().token()).contentType(ContentType.JSON)
                .body(Map.of("query", SUBMIT, "variables", Map.of("input",
                        Map.of("reportYear", 2024, "text", "法".repeat(400_000)))))
                .when().post("/graphql")
                .then().statusCode(422)
                .body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"))
                .body("errors[0].message", containsString("bytes of report text"));
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldPreviewATextWithoutStoringIt() throws IOException {
        Map<String, Long> before = Database.rowCounts();

        JsonPath preview = GraphQL.data("""
                query($text: String!) { parseReport(text: $text) {
                  script organisationName organisationKind reportYear indexNumber
                  sections { kind items { marker title } } commitments { title targetYear } warnings } }""",
                "text", seed("003_73209fb26b9a5760.txt")).setRootPath("data.parseReport");

        assertThat(preview.getString("script")).isEqualTo("TRADITIONAL");
        assertThat(preview.getString("organisationName")).isEqualTo("新荣经济技术开发区管理委员会");
        assertThat(preview.getInt("reportYear")).isEqualTo(2024);
        assertThat(preview.getList("sections")).isNotEmpty();
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldSayWhereThePreviewReadTheIssuer() {
        JsonPath regionTitle = GraphQL.data(PREVIEW_ISSUER, "text", """
                永川区2023年法治政府建设情况报告
                2023年，区政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。
                一、主要举措和成效
                （一）深化行政执法体制改革。""").setRootPath("data.parseReport");
        JsonPath partial = GraphQL.data(PREVIEW_ISSUER, "text", """
                2023年，市卫生健康委坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：
                一、主要举措和成效
                （一）健全依法决策机制。""").setRootPath("data.parseReport");

        assertThat(regionTitle.getString("organisationName")).isEqualTo("永川区");
        assertThat(regionTitle.getString("organisationKind")).isEqualTo("GOVERNMENT");
        assertThat(regionTitle.getString("organisationEvidence")).isEqualTo("REGION_TITLE");
        assertThat(regionTitle.getBoolean("organisationNamePartial")).isFalse();
        assertThat(partial.getString("organisationName")).isEqualTo("市卫生健康委");
        assertThat(partial.getString("organisationEvidence")).isEqualTo("PREAMBLE");
        assertThat(partial.getBoolean("organisationNamePartial")).isTrue();
        assertThat(partial.getList("warnings", String.class)).anyMatch(w -> w.contains("without its place"));
    }

    private static final String PREVIEW_ISSUER = """
            query($text: String!) { parseReport(text: $text) {
              organisationName organisationKind organisationEvidence organisationNamePartial warnings } }""";
}
