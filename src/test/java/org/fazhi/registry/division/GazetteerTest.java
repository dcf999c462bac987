package org.fazhi.registry.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of placing names, on a small map of its own; the shipped table is exercised through the API. */
class GazetteerTest {

    private static final Gazetteer MAP = map(
            "500000,,重庆市", "500100,500000,市辖区", "500151,500100,铜梁区", "500151113,500151,庆隆镇",
            "500151001,500151,东城街道",
            "430000,,湖南省", "430700,430000,常德市", "430725,430700,桃源县",
            "441900,440000,东莞市", "440000,,广东省", "441900003,441900,东城街道",
            "420000,,湖北省", "421000,420000,荆州市", "421022,421000,公安县",
            "120000,,天津市", "120100,120000,市辖区", "120102,120100,河东区",
            "370000,,山东省", "371300,370000,临沂市", "371312,371300,河东区",
            "370300,370000,淄博市", "370322,370300,高青县",
            "410000,,河南省", "419000,410000,省直辖县级行政区划", "419001,419000,济源市");

    /** Rows of code,parent,name; levels follow from the codes, full names from the parents. */
    private static Gazetteer map(String... rows) {
        List<String[]> sorted = new ArrayList<>(List.of(rows).stream().map(r -> r.split(",", -1)).toList());
        sorted.sort((a, b) -> a[0].compareTo(b[0]));
        Map<String, String> above = new HashMap<>();
        List<DivisionRecord> records = new ArrayList<>();
        for (String[] row : sorted) {
            DivisionLevel level = row[0].length() == 9 ? DivisionLevel.TOWNSHIP
                    : row[0].endsWith("0000") ? DivisionLevel.PROVINCE
                    : row[0].endsWith("00") ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
            DivisionType type = DivisionType.of(row[0], level, row[2]);
            String parent = row[1].isEmpty() ? null : row[1];
            String prefix = parent == null ? "" : above.get(parent);
            records.add(new DivisionRecord(row[0], parent, level, type, row[2], prefix + row[2]));
            above.put(row[0], type == DivisionType.GROUPING ? prefix : prefix + row[2]);
        }
        return new Gazetteer(records);
    }

    private static List<String> codes(String name, PlaceContext context) {
        return MAP.locate(name, context).stream().map(DivisionRecord::code).sorted().toList();
    }

    private static List<String> codes(String name) {
        return codes(name, PlaceContext.NONE);
    }

    @Test
    void shouldFollowAChainOfPlacesEachWithinTheOneBefore() {
        assertThat(codes("重庆市铜梁区庆隆镇人民政府")).containsExactly("500151113");
        assertThat(codes("湖南省常德市桃源县司法局")).containsExactly("430725");
        assertThat(codes("常德市桃源县人民政府")).containsExactly("430725");
    }

    @Test
    void shouldPlaceANameStartingAnywhereOnTheMap() {
        assertThat(codes("桃源县人民政府")).containsExactly("430725");
        assertThat(codes("铜梁区")).containsExactly("500151");
        assertThat(codes("常德市司法局")).containsExactly("430700");
    }

    @Test
    void shouldStartWithAShortFormOnlyBeforeAZoneOrAPlaceWithin() {
        assertThat(codes("济源高新技术产业开发区管理办公室")).containsExactly("419001");
        assertThat(codes("高青经济开发区")).containsExactly("370322");
        assertThat(codes("铜梁庆隆镇人民政府")).containsExactly("500151113");
        assertThat(codes("公安局")).isEmpty();
        assertThat(codes("桃源路派出所")).isEmpty();
        assertThat(codes("铜梁路派出所")).isEmpty();
    }

    @Test
    void shouldReadTraditionalCharactersAndPartyPrefixes() {
        assertThat(codes("中共銅梁區委")).containsExactly("500151");
        assertThat(codes("中国共产党桃源县委员会")).containsExactly("430725");
        assertThat(codes("銅梁區人民政府")).containsExactly("500151");
    }

    @Test
    void shouldKeepEveryDivisionASharedNameFitsWithoutContext() {
        assertThat(codes("东城街道办事处")).containsExactly("441900003", "500151001");
        assertThat(codes("河东区政府办公室")).containsExactly("120102", "371312");
    }

    @Test
    void shouldNarrowSharedNamesByThePlacesTheContextNames() {
        assertThat(codes("东城街道办事处", new PlaceContext(List.of("铜梁区人民政府："), List.of())))
                .containsExactly("500151001");
        assertThat(codes("东城街道办事处", new PlaceContext(List.of("关于2024年法治政府建设情况的报告", "东莞市人民政府"), List.of())))
                .containsExactly("441900003");
        assertThat(codes("河东区政府办公室", new PlaceContext(List.of(), List.of("120000"))))
                .containsExactly("120102");
        assertThat(codes("河东区政府办公室", new PlaceContext(List.of(), List.of("371300"))))
                .containsExactly("371312");
    }

    @Test
    void shouldKeepEveryCandidateWhenTheContextNamesNoneOfThem() {
        assertThat(codes("河东区政府办公室", new PlaceContext(List.of("桃源县人民政府"), List.of("999999"))))
                .containsExactly("120102", "371312");
    }
}
