package org.fazhi.registry.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.SamplePages;
import org.fazhi.registry.testing.SamplePdfs;
import org.fazhi.registry.testing.SampleReport;
import org.fazhi.registry.testing.SampleWordFiles;
import org.junit.jupiter.api.Test;

/** Reports submitted as the pages and files they were published as, over GraphQL and as multipart uploads. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DocumentApiTest {

    static final String SUBMIT = """
            mutation($input: SubmitDocumentInput!) {
              submitDocument(input: $input) {
                created
                organisationCreated
                report {
                  id reportYear title indexNumber issuedDate publishedDate
                  organisation { name }
                  sections { kind heading }
                  document { mediaType fileName size sha256 url }
                }
                userErrors { field code message }
              }
            }""";
    private static final String PDF = "application/pdf";

    /** The sample report of a county of its own, so that each test's documents and organisation are new. */
    static String report(String county) {
        return SampleReport.text().replace("武定县", county);
    }

    static JsonPath submit(byte[] content, String mediaType, String fileName) {
        Map<String, Object> input = new HashMap<>();
        input.put("content", Base64.getEncoder().encodeToString(content));
        input.put("mediaType", mediaType);
        input.put("fileName", fileName);
        return GraphQL.asEditor().data(SUBMIT, "input", input).setRootPath("data.submitDocument");
    }

    @Test
    void shouldReadAWebPageItsDisclosureTableAndKeepThePage() {
        SamplePages.Disclosure disclosure = new SamplePages.Disclosure("11532331MB1D23456Y/2025-00007", "禄丰市司法局",
                "2025-02-10", "2025-02-12");
        byte[] page = SamplePages.portalWithTable(report("禄丰市"), disclosure, "127.0.0.1:9");

        JsonPath stored = submit(page, "text/html", "t20250212_123.html");

        assertThat(stored.getList("userErrors")).isEmpty();
        assertThat(stored.getBoolean("created")).isTrue();
        assertThat(stored.getString("report.organisation.name")).isEqualTo("禄丰市司法局");
        assertThat(stored.getInt("report.reportYear")).isEqualTo(2024);
        assertThat(stored.getString("report.indexNumber")).isEqualTo(disclosure.indexNumber());
        assertThat(stored.getString("report.issuedDate")).isEqualTo("2025-02-10");
        assertThat(stored.getString("report.publishedDate")).isEqualTo("2025-02-12");
        assertThat(stored.getList("report.sections.kind")).containsExactly("PREAMBLE", "MEASURES_AND_RESULTS",
                "LEADER_RESPONSIBILITY", "PROBLEMS", "NEXT_YEAR_PLAN");
        assertThat(stored.getString("report.document.mediaType")).isEqualTo("text/html");
        assertThat(stored.getString("report.document.fileName")).isEqualTo("t20250212_123.html");
        assertThat(stored.getInt("report.document.size")).isEqualTo(page.length);
        assertThat(stored.getString("report.document.url")).isEqualTo("/documents/" + stored.getString("report.id"));
        byte[] kept = given().when().get(stored.getString("report.document.url")).then().statusCode(200)
                .header("Content-Type", equalTo("text/html")).header("Content-Security-Policy", equalTo("sandbox"))
                .extract().asByteArray();
        assertThat(kept).isEqualTo(page);
    }

    @Test
    void shouldRecogniseTheSameBytesAsTheSameReport() {
        byte[] docx = SampleWordFiles.withAutomaticNumbering(report("元谋县"));
        JsonPath first = submit(docx, "application/octet-stream", "报告.docx");
        Map<String, Long> before = Database.rowCounts();

        JsonPath again = submit(docx, "application/octet-stream", "另一个名字.docx");

        assertThat(first.getBoolean("created")).isTrue();
        assertThat(first.getString("report.organisation.name")).isEqualTo("元谋县司法局");
        assertThat(first.getString("report.document.mediaType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(again.getBoolean("created")).isFalse();
        assertThat(again.getString("report.id")).isEqualTo(first.getString("report.id"));
        assertThat(again.getString("report.document.fileName")).isEqualTo("报告.docx");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void shouldReturnTheExactBytesWithTheirMediaType() {
        byte[] pdf = SamplePdfs.printed(report("牟定县"), "牟定县人民政府信息公开", true);
        String url = submit(pdf, PDF, "2024年法治政府建设年度报告.pdf").getString("report.document.url");

        Response download = given().when().get(url).then().statusCode(200)
                .header("Content-Type", equalTo(PDF))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''"
                        + "2024%E5%B9%B4%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%AE%BE%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf"))
                .extract().response();

        assertThat(download.asByteArray()).isEqualTo(pdf);
        given().when().get("/documents/bm90LWFuLWlk").then().statusCode(404);
    }

    @Test
    void shouldTakeAFileAsAMultipartUploadAndRecogniseItAgain() {
        byte[] pdf = SamplePdfs.printed(report("南华县"), null, true);

        Response created = upload(pdf, "南华县.pdf", PDF);
        Response again = upload(pdf, "南华县.pdf", PDF);

        created.then().statusCode(201).body("created", equalTo(true)).body("userErrors", equalTo(List.of()));
        String id = created.jsonPath().getString("report.id");
        assertThat(created.header("Location")).endsWith("/documents/" + id);
        assertThat(created.jsonPath().getString("document.mediaType")).isEqualTo(PDF);
        again.then().statusCode(200).body("created", equalTo(false)).body("report.id", equalTo(id));
        GraphQL.post("query($id: ID!) { report(id: $id) { title organisation { name } document { size } } }", "id", id)
                .body("data.report.title", equalTo("南华县司法局关于2024年法治政府建设工作情况的报告"))
                .body("data.report.organisation.name", equalTo("南华县司法局"))
                .body("data.report.document.size", equalTo(pdf.length));
    }

    @Test
    void shouldRefuseAnUploadWithoutTokenAndWriteNothing() {
        Map<String, Long> before = Database.rowCounts();

        given().multiPart("content", "x.pdf", SamplePdfs.printed(report("姚安县"), null, false), PDF)
                .when().post("/documents").then().statusCode(401);

        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void aReportSubmittedAsTextHasNoDocument() {
        String id = GraphQL.asEditor().data("mutation($t: String!) { submitReport(input: {text: $t}) { report { id } } }",
                "t", report("大姚县")).getString("submitReport.report.id");

        GraphQL.post("query($id: ID!) { report(id: $id) { document { url } } }", "id", id)
                .body("data.report.document", equalTo(null));
    }

    @Test
    void aReportStoredAsTextKeepsTheDocumentItsTextCameFrom() {
        String text = report("永仁县");
        String id = GraphQL.asEditor().data("mutation($t: String!) { submitReport(input: {text: $t}) { report { id } } }",
                "t", text).getString("submitReport.report.id");

        JsonPath document = submit(SampleWordFiles.withAutomaticNumbering(text), "application/octet-stream", "永仁县.docx");

        assertThat(document.getBoolean("created")).isFalse();
        assertThat(document.getString("report.id")).isEqualTo(id);
        assertThat(document.getString("report.document.fileName")).isEqualTo("永仁县.docx");
    }

    static Response upload(byte[] content, String fileName, String mediaType) {
        return given().auth().oauth2(GraphQL.asEditor().token())
                .multiPart("content", fileName, content, mediaType)
                .multiPart("sourceUrl", "https://www.example.gov.cn/zwgk/" + fileName)
                .when().post("/documents");
    }
}
