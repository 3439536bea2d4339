package cn.zhicheng.app.view;

import java.util.List;

/**
 * A piece of a published page, independent of how it is written out: the catalogue is built once as blocks and then
 * written as Markdown or HTML ({@link MarkdownPage}, {@link HtmlPage}), so a web page can reuse the same blocks.
 * Text in a block is plain; each writer escapes it for its format.
 */
public sealed interface Block {

    /** A heading, level 1 to 4. */
    record Heading(int level, String text, String anchor) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
