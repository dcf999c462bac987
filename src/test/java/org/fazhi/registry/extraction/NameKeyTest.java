package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms a body's name takes compare by one key; a region in front makes a key more detailed, not another. */
class NameKeyTest {

    @ParameterizedTest
    @CsvSource({
            "璧山区, 璧山区",
            "璧山区人民政府, 璧山区",
            "璧山區人民政府, 璧山区",
            "重庆市璧山区人民政府, 重庆市璧山区",
            "重庆市生态环境局, 重庆市生态环境局",
            "重庆市卫生健康委员会, 重庆市卫生健康委",
            "重慶市衛生健康委員會, 重庆市卫生健康委",
            "中华人民共和国水利部, 水利部",
            "重庆市铜梁区人民政府东城街道办事处, 重庆市铜梁区东城街道",
            "铜梁区人民政府办公室, 铜梁区政府办",
            "岳阳经济技术开发区管理委员会, 岳阳经济技术开发区",
            "高新区（新市区）人民政府, 高新区新市区"})
    void givesOneKeyForTheFormsOfOneName(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @Test
    void aRegionInFrontMakesAKeyMoreDetailed() {
        assertThat(NameKey.qualifies("重庆市璧山区", "璧山区")).isTrue();
        assertThat(NameKey.qualifies("重庆市铜梁区东城街道", "东城街道")).isTrue();
        assertThat(NameKey.qualifies("重庆市铜梁区东城街道", "城街道")).isFalse();
        assertThat(NameKey.qualifiedForms("重庆市铜梁区东城街道")).containsExactly("铜梁区东城街道", "东城街道");
        assertThat(NameKey.qualifiedForms("重庆市璧山区")).containsExactly("璧山区");
    }

    @Test
    void townshipNamesWithoutTheirCountyAreAmbiguous() {
        assertThat(NameKey.isUnambiguous("璧山区")).isTrue();
        assertThat(NameKey.isUnambiguous("铜梁区东城街道")).isTrue();
        assertThat(NameKey.isUnambiguous("水利部")).isTrue();
        assertThat(NameKey.isUnambiguous("东城街道")).isFalse();
        assertThat(NameKey.isUnambiguous("庆隆镇")).isFalse();
    }

    @Test
    void namesWithoutTheirPlaceArePartial() {
        assertThat(NameKey.isPartial("区政府")).isTrue();
        assertThat(NameKey.isPartial("市卫生健康委")).isTrue();
        assertThat(NameKey.isPartial("璧山区人民政府")).isFalse();
    }
}
