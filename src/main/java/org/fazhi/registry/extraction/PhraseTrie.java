package org.fazhi.registry.extraction;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The wordings a text is rewritten by, as a trie: the longest of them that starts at a place of a text is found in
 * one walk along it, however many hundred wordings there are.
 */
final class PhraseTrie {

    private final Node root = new Node();

    PhraseTrie(Collection<String> phrases) {
        for (String phrase : phrases) {
            Node node = root;
            for (int i = 0; i < phrase.length(); i++) {
                node = node.children.computeIfAbsent(phrase.charAt(i), c -> new Node());
            }
            node.ends = true;
        }
    }

    /** The length of the longest phrase that starts at {@code from} in {@code text}, or 0 when none does. */
    int longest(String text, int from) {
        Node node = root;
        int longest = 0;
        for (int i = from; i < text.length(); i++) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            longest = node.ends ? i + 1 - from : longest;
        }
        return longest;
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        boolean ends;
    }
}
