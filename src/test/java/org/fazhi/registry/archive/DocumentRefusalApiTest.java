package org.fazhi.registry.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fazhi.registry.testing.Database;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.fazhi.registry.testing.SamplePages;
import org.fazhi.registry.testing.SamplePdfs;
import org.fazhi.registry.testing.SampleReport;
import org.junit.jupiter.api.Test;

/** Every document the registry does not read is refused with its code, and nothing is written. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DocumentRefusalApiTest {

    private static final String PDF = "application/pdf";

    @Test
    void aScannedPdfHasNoText() {
        assertRefused(SamplePdfs.scanned(), PDF, "DOCUMENT_HAS_NO_TEXT");
    }

    @Test
    void aWord97DocumentIsUnsupported() {
        byte[] doc = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0, 0, 0};
        assertRefused(doc, "application/msword", "UNSUPPORTED_DOCUMENT");
    }

    @Test
    void aZipArchiveIsUnsupported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write(SampleReport.text().getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(out.toByteArray(), "application/zip", "UNSUPPORTED_DOCUMENT");
    }

    @Test
    void aProgramRenamedPdfIsUnsupported() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertRefused(program, PDF, "UNSUPPORTED_DOCUMENT");
    }

    @Test
    void aPageDeclaredAsPdfIsUnsupported() {
        byte[] page = SamplePages.portalWithTable(SampleReport.text().replace("武定县", "双柏县"), SampleReport.DISCLOSURE,
                "127.0.0.1:9");
        assertRefused(page, PDF, "UNSUPPORTED_DOCUMENT");
    }

    @Test
    void contentThatIsNotBase64IsInvalid() {
        Map<String, Long> before = Database.rowCounts();
        Map<String, Object> input = new HashMap<>();
        input.put("content", "这不是base64!");
        input.put("mediaType", PDF);

        JsonPath refused = GraphQL.asEditor().data(DocumentApiTest.SUBMIT, "input", input).setRootPath("data.submitDocument");

        assertThat(refused.getList("userErrors.code")).containsExactly("INVALID_VALUE");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void moreThanTwentyMegabytesAreTooLargeOverGraphQL() {
        Map<String, Long> before = Database.rowCounts();
        Map<String, Object> input = new HashMap<>();
        input.put("content", "A".repeat(((20 * 1024 * 1024) / 3 + 1) * 4));
        input.put("mediaType", PDF);

        JsonPath refused = GraphQL.asEditor().data(DocumentApiTest.SUBMIT, "input", input).setRootPath("data.submitDocument");

        assertThat(refused.getList("userErrors.code")).containsExactly("DOCUMENT_TOO_LARGE");
        assertThat(refused.getList("userErrors.field")).containsExactly("input.content");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void moreThanTwentyMegabytesAreTooLargeAsAnUpload() {
        Map<String, Long> before = Database.rowCounts();
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(SamplePdfs.printed(SampleReport.text(), null, false), 0, large, 0, 1000);

        DocumentApiTest.upload(large, "large.pdf", PDF).then().statusCode(413)
                .body("userErrors[0].code", equalTo("DOCUMENT_TOO_LARGE"))
                .body("userErrors[0].field", equalTo("content"));

        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    @Test
    void anUnsupportedUploadIsAnsweredWith415() {
        Map<String, Long> before = Database.rowCounts();

        DocumentApiTest.upload("lorem ipsum".getBytes(StandardCharsets.UTF_8), "notes.txt", "text/plain").then()
                .statusCode(415).body("userErrors[0].code", equalTo("UNSUPPORTED_DOCUMENT"));
        given().auth().oauth2(GraphQL.asEditor().token()).multiPart("reportYear", "2024").when().post("/documents")
                .then().statusCode(422).body("userErrors[0].field", equalTo("content"));

        assertThat(Database.rowCounts()).isEqualTo(before);
    }

    private static void assertRefused(byte[] content, String mediaType, String code) {
        Map<String, Long> before = Database.rowCounts();

        JsonPath refused = DocumentApiTest.submit(content, mediaType, "document");

        assertThat(refused.getString("report")).isNull();
        assertThat(refused.getList("userErrors.code")).containsExactly(code);
        assertThat(refused.getList("userErrors.field")).containsExactly("input.content");
        assertThat(Database.rowCounts()).isEqualTo(before);
    }
}
