package cn.zhicheng.core.input;

/**
 * Text from an input file made safe to print: control characters, bidirectional overrides and other invisible
 * format characters are shown as {@code ⟨U+202E⟩}. Without this a name holding a newline, a terminal escape or a
 * right-to-left override could forge a line of output, such as a fake verdict above the real one.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::invisible)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (invisible(c)) {
                b.append(String.format("⟨U+%04X⟩", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** C0 and C1 controls, format characters (bidi overrides and isolates, zero-width), line and paragraph separators. */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
