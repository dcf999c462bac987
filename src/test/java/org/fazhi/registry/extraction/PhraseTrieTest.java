package org.fazhi.registry.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The longest wording at a place of a text, found in one walk. */
class PhraseTrieTest {

    private final PhraseTrie trie = new PhraseTrie(List.of("法治", "法治政府", "法治政府建设", "依法行政"));

    @Test
    void shouldFindTheLongestPhraseThatStartsAtAPlace() {
        assertThat(trie.longest("推进法治政府建设工作", 2)).isEqualTo(6);
        assertThat(trie.longest("法治政府的建设", 0)).isEqualTo(4);
        assertThat(trie.longest("坚持依法行政", 2)).isEqualTo(4);
    }

    @Test
    void shouldFindNothingWhereNoPhraseStartsOrOnlyItsBeginningStands() {
        assertThat(trie.longest("推进法治政府建设", 0)).isZero();
        assertThat(trie.longest("依法治理", 0)).isZero();
        assertThat(trie.longest("法", 0)).isZero();
    }
}
