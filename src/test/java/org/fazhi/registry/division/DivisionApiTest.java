package org.fazhi.registry.division;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.registry.testing.EmbeddedPostgresResource;
import org.fazhi.registry.testing.GraphQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The administrative map over HTTP: lookups, lists, and names placed on the shipped table. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DivisionApiTest {

    private static final String LOCATE = """
            query($name: String!, $context: PlaceContextInput) {
              locateDivision(name: $name, context: $context) {
                division { code } candidates { code } } }""";

    /**
     * name | context lines (/ separated) | a division near the body | the division expected, or the number of
     * candidates when the name stays ambiguous.
     */
    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a county or district by its own name, with or without the body's words
            "桃源县人民政府 | - | - | 430725",
            "铜梁区 | - | - | 500151",
            "铜梁区人民政府 | - | - | 500151",
            "武定县司法局 | - | - | 532329",
            "海淀区人民政府 | - | - | 110108",
            "神农架林区人民政府 | - | - | 429021",
            "六枝特区人民政府 | - | - | 520203",
            // the whole chain from the province or city down
            "重庆市铜梁区人民政府 | - | - | 500151",
            "北京市朝阳区人民政府 | - | - | 110105",
            "长春市朝阳区司法局 | - | - | 220104",
            "上海市浦东新区人民政府 | - | - | 310115",
            "大理白族自治州大理市人民政府 | - | - | 532901",
            "重庆市铜梁区庆隆镇人民政府 | - | - | 500151113",
            "武汉市汉阳区某局（报告未署名） | - | - | 420105",
            "东莞市东城街道 | - | - | 441900003",
            // provinces, prefectures and autonomous areas
            "湖南省人民政府 | - | - | 430000",
            "常德市司法局 | - | - | 430700",
            "新疆维吾尔自治区人民政府 | - | - | 650000",
            "广西壮族自治区司法厅 | - | - | 450000",
            "黔东南苗族侗族自治州人民政府 | - | - | 522600",
            "延边朝鲜族自治州司法局 | - | - | 222400",
            "锡林郭勒盟行政公署 | - | - | 152500",
            "阿里地区行政公署 | - | - | 542500",
            "峨边彝族自治县人民政府 | - | - | 511132",
            // traditional characters and party bodies
            "內蒙古自治區人民政府 | - | - | 150000",
            "新榮經濟技術開發區 | - | - | 140212",
            "中共铜梁区委 | - | - | 500151",
            // development zones: a short place name before the zone's words, or a zone of the table itself
            "济源高新技术产业开发区管理办公室 | 济源产城融合示范区司法局 | - | 419001",
            "高青经济开发区 | - | - | 370322",
            "北京经济技术开发区管理委员会 | - | - | 110115403",
            "苏州工业园区管理委员会 | - | - | 320576",
            // townships: the context tells which of several namesakes
            "庆隆镇人民政府 | 铜梁区人民政府： | - | 500151113",
            "城关镇人民政府 | 关于2024年法治政府建设情况的报告/渑池县人民政府： | - | 411221100",
            "东城街道办事处 | 东莞市人民政府： | - | 441900003",
            "河东区政府办公室 | - | 120000 | 120102",
            "河东区政府办公室 | - | 371300 | 371312",
            // ambiguous without context, or with a context naming none of the namesakes
            "东城街道 | - | - | 40",
            "城关镇人民政府 | - | - | 88",
            "河东区政府办公室 | - | - | 2",
            "朝阳区人民政府 | 桃源县人民政府 | - | 2",
            // no place at all
            "公安局 | - | - | 0",
            "市场监督管理局 | - | - | 0"})
    void shouldPlaceNamesOnTheMap(String name, String context, String near, String expected) {
        Map<String, Object> place = new HashMap<>();
        place.put("lines", context == null ? null : Arrays.asList(context.split("/")));
        place.put("nearDivisionCode", near);
        JsonPath located = GraphQL.data(LOCATE, "name", name, "context", place);
        if (expected.length() >= 6) {
            assertThat(located.getString("locateDivision.division.code")).isEqualTo(expected);
            assertThat(located.getList("locateDivision.candidates.code")).containsExactly(expected);
        } else {
            assertThat(located.getString("locateDivision.division")).isNull();
            assertThat(located.getList("locateDivision.candidates")).hasSize(Integer.parseInt(expected));
        }
    }

    @Test
    void shouldFindADivisionByCodeWithItsParentAndChildren() {
        JsonPath found = GraphQL.data("""
                { division(code: "500151") { code name fullName level type
                    parent { code name type parent { code name } } children { code name level } }
                  township: division(code: "500151113000") { code fullName level }
                  unknown: division(code: "999999") { code }
                  malformed: division(code: "5001") { code } }""");
        assertThat(found.getString("division.fullName")).isEqualTo("重庆市铜梁区");
        assertThat(found.getString("division.level")).isEqualTo("COUNTY");
        assertThat(found.getString("division.type")).isEqualTo("ADMINISTRATIVE");
        assertThat(found.getString("division.parent.name")).isEqualTo("市辖区");
        assertThat(found.getString("division.parent.type")).isEqualTo("GROUPING");
        assertThat(found.getString("division.parent.parent.name")).isEqualTo("重庆市");
        assertThat(found.getList("division.children.name")).contains("庆隆镇", "巴川街道");
        assertThat(found.getList("division.children.level")).containsOnly("TOWNSHIP");
        assertThat(found.getString("township.code")).isEqualTo("500151113");
        assertThat(found.getString("township.fullName")).isEqualTo("重庆市铜梁区庆隆镇");
        assertThat(found.getString("unknown")).isNull();
        assertThat(found.getString("malformed")).isNull();
    }

    @Test
    void shouldListDivisionsByParentLevelAndNameInCodeOrderAcrossPages() {
        String query = """
                query($parent: String, $level: DivisionLevel, $name: String, $after: String) {
                  divisions(parentCode: $parent, level: $level, nameContains: $name, first: 2, after: $after) {
                    totalCount nodes { code name } pageInfo { hasNextPage endCursor } } }""";
        JsonPath first = GraphQL.data(query, "parent", "430700");
        JsonPath second = GraphQL.data(query, "parent", "430700", "after", first.getString("divisions.pageInfo.endCursor"));
        assertThat(first.getInt("divisions.totalCount")).isEqualTo(10);
        assertThat(first.getList("divisions.nodes.code")).containsExactly("430702", "430703");
        assertThat(second.getList("divisions.nodes.code")).containsExactly("430721", "430722");

        JsonPath provinces = GraphQL.data(query, "level", "PROVINCE");
        assertThat(provinces.getInt("divisions.totalCount")).isEqualTo(31);

        JsonPath named = GraphQL.data(query, "name", "銅梁區庆隆", "level", "TOWNSHIP");
        assertThat(named.getList("divisions.nodes.code")).containsExactly("500151113");
    }

    @Test
    void shouldShipEveryLevelDownToTownships() {
        String count = "query($level: DivisionLevel) { divisions(level: $level, first: 0) { totalCount } }";
        List<Integer> counts = List.of("PREFECTURE", "COUNTY", "TOWNSHIP").stream()
                .map(level -> GraphQL.data(count, "level", level).getInt("divisions.totalCount")).toList();
        assertThat(counts.get(0)).isEqualTo(342);
        assertThat(counts.get(1)).isEqualTo(2975);
        assertThat(counts.get(2)).isEqualTo(41352);
    }
}
