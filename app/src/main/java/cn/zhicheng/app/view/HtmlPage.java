package cn.zhicheng.app.view;

import java.util.List;
import java.util.Locale;

/**
 * Blocks written as a static HTML page, or as a fragment a web page embeds: no script, no external resource, every
 * text escaped. The same blocks give the same bytes.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /** A whole page in the given language ({@code zh-CN} or {@code en}). */
    public static String page(String title, Locale lang, List<Block> blocks) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.toLanguageTag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .4em;text-align:left}"
                + "</style>\n</head>\n<body>\n" + fragment(blocks) + "</body>\n</html>\n";
    }

    /** The blocks alone, for a page that has its own head. */
    public static String fragment(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            // Java 17: the sealed Block's four kinds, in turn (no pattern switch before Java 21)
            if (block instanceof Block.Heading h) {
                b.append("<h").append(h.level())
                        .append(h.anchor().isEmpty() ? "" : " id=\"" + escape(h.anchor()) + "\"").append('>')
                        .append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                b.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Block.Bullets l) {
                b.append("<ul>\n");
                l.items().forEach(i -> b.append("<li>").append(escape(i)).append("</li>\n"));
                b.append("</ul>\n");
            } else if (block instanceof Block.Table t) {
                b.append("<table>\n<tr>");
                t.header().forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
                b.append("</tr>\n");
                for (List<String> row : t.rows()) {
                    b.append("<tr>");
                    row.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
                    b.append("</tr>\n");
                }
                b.append("</table>\n");
            }
        }
        return b.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
