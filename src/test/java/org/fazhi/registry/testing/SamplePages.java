package org.fazhi.registry.testing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report text published as a web page in the layouts of three kinds of government site, each with its
 * disclosure table, navigation, breadcrumbs, share buttons, scripts and footer, encoded as the site declares.
 */
public final class SamplePages {

    /** The disclosure table's values of every sample page. */
    public record Disclosure(String indexNumber, String publisher, String issued, String published) {
    }

    private SamplePages() {
    }

    /** A county portal: {@code <meta>} tags of the national standard, a table of label and value cells, UTF-8. */
    public static byte[] portalWithTable(String text, Disclosure d, String resourceHost) {
        String title = lines(text).get(0);
        String html = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8">
                <title>%1$s_武定县人民政府</title>
                <meta name="SiteName" content="武定县人民政府">
                <meta name="ArticleTitle" content="%1$s">
                <meta name="PubDate" content="%5$s 09:30">
                <meta name="ContentSource" content="%3$s">
                <link rel="stylesheet" href="http://%6$s/style.css">
                <script src="http://%6$s/jquery.js"></script>
                <script>var tip = "欢迎访问武定县人民政府门户网站";</script>
                </head><body>
                <div class="header"><div class="logo">武定县人民政府</div>
                <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
                <div class="main">
                <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/fzzf">法治政府建设</a></div>
                <table class="xxgk-table">
                <tr><td>索 引 号：</td><td>%2$s</td><td>主题分类：</td><td>政务公开</td></tr>
                <tr><td>发布机构：</td><td>%3$s</td><td>成文日期：</td><td>%4$s</td></tr>
                <tr><td>名　　称：</td><td colspan="3">%1$s</td></tr>
                <tr><td>发布日期：</td><td>%5$s</td><td>有 效 性：</td><td>有效</td></tr>
                </table>
                <div class="article"><h1>%1$s</h1>
                <img src="http://%6$s/banner.png"><iframe src="http://%6$s/frame.html"></iframe>
                <div class="TRS_Editor">%7$s</div></div>
                <div class="bdsharebuttonbox">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
                </div>
                <div class="footer">主办单位：武定县人民政府办公室　版权所有　网站标识码5323290001　滇ICP备05002542号</div>
                </body></html>
                """.formatted(title, d.indexNumber(), d.publisher(), d.issued(), d.published(), resourceHost,
                paragraphs(text, 1, "<p style=\"text-indent:2em\">%s</p>"));
        return html.getBytes(Charset.forName("UTF-8"));
    }

    /** A departmental site: list items with label spans, a title div, print links; GBK declared as gb2312. */
    public static byte[] departmentWithList(String text, Disclosure d) {
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
                <title>武定县司法局</title></head><body>
                <div id="top-nav"><a href="/">首页</a> | <a href="/jgzn">机构职能</a> | <a href="/xxgk">信息公开</a></div>
                <div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></div>
                <div class="wrapper">
                <div class="xxgk-info"><ul>
                <li><span>索引号：</span>%s</li><li><span>发布机构：</span>%s</li>
                <li><span>成文日期：</span>%s</li><li><span>发布日期：</span>%s</li>
                </ul></div>
                <div class="content-box"><div class="title">%s</div>
                <div id="zoom">%s</div>
                <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
                </div></div>
                <div id="footer">武定县司法局 版权所有</div>
                <script type="text/javascript">document.write("访问量统计");</script>
                </body></html>
                """.formatted(d.indexNumber(), d.publisher(), d.issued(), d.published(), lines(text).get(0),
                paragraphs(text, 1, "<p>　　%s</p>"));
        return encode(html, Charset.forName("GBK"));
    }

    /** A Hong Kong–style HTML5 page in traditional characters: header, nav, a definition list, Big5. */
    public static byte[] traditionalWithDefinitionList(String text, Disclosure d) {
        String html = """
                <!doctype html>
                <html lang="zh-Hant"><head><meta charset="big5">
                <meta name="ArticleTitle" content="%s"><meta name="PubDate" content="%s">
                </head><body>
                <header><div class="site">政府網站</div><nav><a href="/">首頁</a><a href="/news">新聞</a></nav></header>
                <main><article>
                <dl class="meta"><dt>索引號</dt><dd>%s</dd><dt>發布機構</dt><dd>%s</dd><dt>成文日期</dt><dd>%s</dd></dl>
                <section class="article-body">%s</section>
                </article></main>
                <footer><p>版權所有 政府網站</p></footer>
                </body></html>
                """.formatted(lines(text).get(0), d.published(), d.indexNumber(), d.publisher(), d.issued(),
                paragraphs(text, 1, "<p>%s</p>"));
        return encode(html, Charset.forName("Big5-HKSCS"));
    }

    public static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static String paragraphs(String text, int from, String format) {
        List<String> lines = lines(text);
        return lines.subList(from, lines.size()).stream().map(format::formatted).collect(Collectors.joining("\n"));
    }

    /** The page in {@code charset}; fails when a character has no code there, so no test reads a damaged page. */
    private static byte[] encode(String html, Charset charset) {
        try {
            ByteBuffer bytes = charset.newEncoder().encode(CharBuffer.wrap(html));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the page has characters " + charset + " cannot encode", e);
        }
    }
}
