package cn.zhicheng.app.view;

import java.util.List;

/** Blocks written as Markdown (CommonMark with GitHub tables); the same blocks give the same bytes. */
public final class MarkdownPage {

    private MarkdownPage() {
    }

    public static String of(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            // Java 17: the sealed Block's four kinds, in turn (no pattern switch before Java 21)
            if (block instanceof Block.Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
            } else if (block instanceof Block.Paragraph p) {
                b.append(inline(p.text())).append("\n\n");
            } else if (block instanceof Block.Bullets l) {
                l.items().forEach(i -> b.append("- ").append(inline(i)).append('\n'));
                b.append('\n');
            } else if (block instanceof Block.Table t) {
                b.append(row(t.header())).append("|").append("---|".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> b.append(row(r)));
                b.append('\n');
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static String row(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        cells.forEach(c -> b.append(' ').append(inline(c).replace("|", "\\|")).append(" |"));
        return b.append('\n').toString();
    }

    /** Characters Markdown would read as markup are escaped; line breaks become spaces. */
    private static String inline(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("\n", " ");
    }
}
