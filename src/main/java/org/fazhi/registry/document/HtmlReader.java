package org.fazhi.registry.document;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a report published as a web page with jsoup. The page is decoded in the encoding it declares, parsed
 * offline — nothing it refers to (style sheets, scripts, images, frames) is ever fetched — its metadata is
 * read from its structure, and its text from the article block alone.
 */
final class HtmlReader implements DocumentReader {

    private static final String TITLE_META = "meta[name~=(?i)^articletitle$]";
    /** Where sites put an article's heading when the page does not name it in a {@code <meta>} tag. */
    private static final String HEADINGS = "h1, h2, [class~=(?i)^(article-?)?title$], [id~=(?i)^(article-?)?title$]";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public ReadDocument read(byte[] content) {
        Document page = Jsoup.parse(new String(content, HtmlCharset.of(content)));
        String title = title(page);
        Map<String, String> fields = HtmlFields.extract(page);
        String text = HtmlText.of(HtmlArticle.find(page));
        // The article block rarely holds the page's heading; the report's text starts with its title.
        if (title != null && !HtmlFields.compact(text).contains(HtmlFields.compact(title))) {
            text = title + "\n" + text;
        }
        return new ReadDocument(DocumentFormat.HTML, text, fields);
    }

    /** The report's title: the standard's ArticleTitle, else the first heading outside the site's banner. */
    private static String title(Document page) {
        Element meta = page.selectFirst(TITLE_META);
        if (meta != null && !meta.attr("content").isBlank()) {
            return meta.attr("content").strip();
        }
        return page.select(HEADINGS).stream()
                .filter(h -> h.closest("header, nav, footer") == null)
                .map(h -> h.text().strip())
                .filter(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .findFirst().orElse(null);
    }
}
