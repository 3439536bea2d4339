package cn.zhicheng.core.text;

/**
 * Text written as UTF-8 straight into a byte array, the same bytes {@link String#getBytes} gives with UTF-8 (an
 * unpaired surrogate becomes {@code ?}), for the places that write many short texts into one buffer (evidence ids,
 * a batch's results) without making a byte array per text.
 */
public final class Utf8Encoder {

    /** The most bytes one char takes: a pair of surrogates takes 4 for 2 chars. */
    public static final int MOST_BYTES_PER_CHAR = 3;

    private Utf8Encoder() {
    }

    /**
     * Writes {@code s} into {@code b} from {@code at}, which must have room for {@link #MOST_BYTES_PER_CHAR} bytes a
     * char, and returns the position after the last byte written.
     */
    public static int encode(String s, byte[] b, int at) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < n ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int cp = Character.toCodePoint(c, low);
                    b[at++] = (byte) (0xf0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    b[at++] = (byte) (0x80 | cp & 0x3f);
                    i++;
                } else {
                    b[at++] = '?';
                }
            } else {
                b[at++] = (byte) (0xe0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                b[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return at;
    }
}
