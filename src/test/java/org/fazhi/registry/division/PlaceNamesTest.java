package org.fazhi.registry.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    private static DivisionRecord division(String code, DivisionLevel level, String name) {
        return new DivisionRecord(code, null, level, DivisionType.of(code, level, name), name, name);
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
            // provinces: 省, 直辖市, autonomous regions with and without their nationality
            "PROVINCE, 湖南省, 湖南",
            "PROVINCE, 重庆市, 重庆",
            "PROVINCE, 内蒙古自治区, 内蒙古",
            "PROVINCE, 新疆维吾尔自治区, 新疆",
            "PROVINCE, 广西壮族自治区, 广西",
            // prefectures: 市, 地区, 盟, autonomous prefectures of one or two nationalities
            "PREFECTURE, 常德市, 常德",
            "PREFECTURE, 阿里地区, 阿里",
            "PREFECTURE, 锡林郭勒盟, 锡林郭勒",
            "PREFECTURE, 延边朝鲜族自治州, 延边",
            "PREFECTURE, 黔东南苗族侗族自治州, 黔东南",
            "PREFECTURE, 巴音郭楞蒙古自治州, 巴音郭楞",
            // counties: 县, 区, 市, 旗, 林区, 特区, 新区, autonomous counties and banners
            "COUNTY, 桃源县, 桃源",
            "COUNTY, 铜梁区, 铜梁",
            "COUNTY, 济源市, 济源",
            "COUNTY, 神农架林区, 神农架",
            "COUNTY, 六枝特区, 六枝",
            "COUNTY, 浦东新区, 浦东",
            "COUNTY, 峨边彝族自治县, 峨边",
            "COUNTY, 莫力达瓦达斡尔族自治旗, 莫力达瓦",
            "COUNTY, 积石山保安族东乡族撒拉族自治县, 积石山"})
    void shouldDropTheGenericWordOfTheLevel(DivisionLevel level, String name, String expected) {
        assertThat(PlaceNames.shortForm(division("110101", level, name))).contains(expected);
    }

    @ParameterizedTest(name = "{1} has no short form")
    @CsvSource({
            "COUNTY, 城区", "COUNTY, 东区", "COUNTY, 矿区",
            "TOWNSHIP, 庆隆镇", "TOWNSHIP, 东城街道", "TOWNSHIP, 城关镇"})
    void shouldGiveNoShortFormOfOneCharacterOrForTownships(DivisionLevel level, String name) {
        String code = level == DivisionLevel.TOWNSHIP ? "500151113" : "140302";
        assertThat(PlaceNames.shortForm(division(code, level, name))).isEmpty();
    }

    @Test
    void shouldGiveNoShortFormForZonesOrGroupings() {
        assertThat(PlaceNames.shortForm(division("320576", DivisionLevel.COUNTY, "苏州工业园区"))).isEmpty();
        assertThat(PlaceNames.shortForm(division("130171", DivisionLevel.COUNTY, "石家庄高新技术产业开发区"))).isEmpty();
        assertThat(PlaceNames.shortForm(division("500100", DivisionLevel.PREFECTURE, "市辖区"))).isEmpty();
    }
}
