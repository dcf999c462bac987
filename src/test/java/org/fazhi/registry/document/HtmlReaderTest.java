package org.fazhi.registry.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.fazhi.registry.extraction.ParsedReport;
import org.fazhi.registry.extraction.ReportMetadata;
import org.fazhi.registry.testing.CountingServer;
import org.fazhi.registry.testing.SamplePages;
import org.fazhi.registry.testing.SampleReport;
import org.junit.jupiter.api.Test;

/** Web pages of three site layouts and three encodings, read as the plain report text is. */
class HtmlReaderTest {

    private static final String TEXT = SampleReport.text();
    private static final SamplePages.Disclosure DISCLOSURE = SampleReport.DISCLOSURE;
    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void aPortalPageWithADisclosureTableParsesAsThePlainText() throws Exception {
        ReadDocument read = readers.read(SamplePages.portalWithTable(TEXT, DISCLOSURE, "127.0.0.1:9"), "text/html");

        ParsedReport parsed = SameReport.assertParsesAs(read, TEXT);
        ReportMetadata metadata = parsed.metadata();
        assertThat(metadata.indexNumber()).isEqualTo(DISCLOSURE.indexNumber());
        assertThat(metadata.issuedDate()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(metadata.publishedDate()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(read.fields()).containsEntry("索引号", DISCLOSURE.indexNumber()).containsEntry("发布机构", "武定县司法局")
                .containsEntry("名称", metadata.title()).containsEntry("标题", metadata.title())
                .containsEntry("发布日期", "2025-02-12 09:30").containsEntry("信息来源", "武定县司法局");
    }

    @Test
    void navigationBreadcrumbsShareButtonsFootersAndScriptsAreDropped() throws Exception {
        String text = readers.read(SamplePages.portalWithTable(TEXT, DISCLOSURE, "127.0.0.1:9"), null).text();

        assertThat(text).doesNotContain("首页", "当前位置", "分享到", "微信", "主办单位", "版权所有", "欢迎访问", "索引号", "主题分类")
                .startsWith("武定县司法局关于2024年法治政府建设工作情况的报告\n县委全面依法治县委员会办公室：\n")
                .endsWith("武定县司法局\n2025年2月10日\n");
    }

    @Test
    void aGbkPageDeclaringGb2312WithAListOfLabelsParsesAsThePlainText() throws Exception {
        byte[] page = SamplePages.departmentWithList(TEXT, DISCLOSURE);

        ReadDocument read = readers.read(page, "text/html");

        ParsedReport parsed = SameReport.assertParsesAs(read, TEXT);
        assertThat(parsed.metadata().indexNumber()).isEqualTo(DISCLOSURE.indexNumber());
        assertThat(parsed.metadata().publishedDate()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(read.text()).startsWith("武定县司法局关于2024年").doesNotContain("打印本页", "关闭窗口", "您现在的位置", "访问量");
    }

    @Test
    void aBig5PageInTraditionalCharactersWithADefinitionListParsesAsItsPlainText() throws Exception {
        String traditional = ZhTwConverterUtil.toTraditional(TEXT);
        SamplePages.Disclosure disclosure = new SamplePages.Disclosure(DISCLOSURE.indexNumber(), "武定縣司法局",
                DISCLOSURE.issued(), DISCLOSURE.published());

        ReadDocument read = readers.read(SamplePages.traditionalWithDefinitionList(traditional, disclosure), null);

        ParsedReport parsed = SameReport.assertParsesAs(read, traditional);
        assertThat(parsed.metadata().organisationName()).isEqualTo("武定县司法局");
        assertThat(parsed.metadata().indexNumber()).isEqualTo(DISCLOSURE.indexNumber());
        assertThat(read.fields()).containsEntry("發布機構", "武定縣司法局");
        assertThat(read.text()).doesNotContain("首頁", "版權所有", "索引號");
    }

    @Test
    void aPageWithoutDeclarationIsReadAsUtf8OrElseAsGb18030() throws Exception {
        String page = "<html><body><div><p>某某镇人民政府2024年法治政府建设工作报告</p><p>一、主要举措和成效</p></div></body></html>";

        assertThat(readers.read(page.getBytes(Charset.forName("UTF-8")), null).text()).startsWith("某某镇人民政府2024年");
        assertThat(readers.read(page.getBytes(Charset.forName("GB18030")), null).text()).startsWith("某某镇人民政府2024年");
    }

    @Test
    void nothingThePageRefersToIsFetched() throws Exception {
        try (CountingServer server = new CountingServer()) {
            ReadDocument read = readers.read(SamplePages.portalWithTable(TEXT, DISCLOSURE, server.host()), null);

            assertThat(read.text()).contains("一、主要举措和成效");
            assertThat(server.requests()).isZero();
        }
    }

    @Test
    void runningTextAfterABoldLeadInIsNotTakenForMetadata() throws IOException, RefusedDocumentException {
        String page = "<html><body><div class=\"content\"><p>某某县司法局2024年法治政府建设工作报告</p>"
                + "<p><b>主要做法：</b>全年组织开展法治宣传活动30余场，覆盖全县各乡镇。</p>"
                + "<p><b>存在问题：</b>基层法治力量仍然薄弱，专业人才短缺。</p></div></body></html>";

        ReadDocument read = readers.read(page.getBytes(Charset.forName("UTF-8")), null);

        assertThat(read.text()).contains("主要做法：全年组织开展", "存在问题：基层法治力量");
    }
}
