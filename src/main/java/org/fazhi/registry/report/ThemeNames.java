package org.fazhi.registry.report;

import java.util.List;
import org.fazhi.registry.extraction.ThemeTagger;

/** The themes of a text as the sorted enum names the database stores in its {@code themes} arrays. */
public final class ThemeNames {

    private static final ThemeTagger TAGGER = new ThemeTagger();

    private ThemeNames() {
    }

    public static List<String> of(String text) {
        return TAGGER.tag(text).stream().map(Enum::name).sorted().toList();
    }
}
