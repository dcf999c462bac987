package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words as the segmenter reads them, and the bigrams the matcher keeps within them. */
class WordBigramsTest {

    @Test
    void shouldReadTheWordsOfEachRunOfHanCharactersWithTheirOffsets() {
        String text = "开展违法用地专项整治，查处29宗。";

        List<Token> words = ChineseWords.of(text);

        assertThat(words).extracting(Token::term).containsExactly("开展", "违法", "用", "地", "专项", "整治", "查处", "宗");
        assertThat(words).allSatisfy(w -> assertThat(text.substring(w.start(), w.end())).isEqualTo(w.term()));
        assertThat(ChineseWords.of("3|，。")).isEmpty();
        assertThat(ChineseWords.of("站")).extracting(Token::term).containsExactly("站");
    }

    /** text | a bigram kept | a bigram left out, straddling two words of two characters or more. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            违法用地专项整治     | 专项 | 地专
            行政执法队伍         | 执法 | 政执
            开展法治宣传进企业   | 宣传 | 治宣
            畅通农民工欠薪投诉渠道 | 欠薪 | 工欠
            在县城建成法治文化长廊一条 | 一条 | 廊一
            """)
    void shouldKeepPairsWithinWordsAndLeaveOutPairsAcrossThem(String text, String kept, String leftOut) {
        assertThat(WordBigrams.INSTANCE.tokens(text)).extracting(Token::term).contains(kept).doesNotContain(leftOut);
    }

    /** text | the pair that joins a one-character word to its neighbour. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            建立公职律师库   | 师库
            畅通农民工欠薪投诉渠道 | 欠薪
            违法用地专项整治 | 用地
            """)
    void shouldJoinOneCharacterWordsToTheirNeighbours(String text, String joined) {
        assertThat(WordBigrams.INSTANCE.tokens(text)).extracting(Token::term).contains(joined);
    }

    @Test
    void shouldGiveTheSameTermsForKnownWordsAsForTheTextAlone() {
        String text = "推行执法全过程记录，配备执法记录仪46台";

        assertThat(WordBigrams.INSTANCE.tokens(text, ChineseWords.of(text))).isEqualTo(WordBigrams.INSTANCE.tokens(text));
        assertThat(WordBigrams.INSTANCE.tokens(text)).allSatisfy(t -> {
            assertThat(t.end() - t.start()).isEqualTo(2);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.term());
        });
    }
}
