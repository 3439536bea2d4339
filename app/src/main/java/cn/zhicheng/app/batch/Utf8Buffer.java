package cn.zhicheng.app.batch;

import java.util.Arrays;

/**
 * Text written straight as UTF-8 into a growing byte array, the bytes {@link String#getBytes} with UTF-8 would give
 * (an unpaired surrogate as {@code ?}), without a string or a builder in between: a batch writes a chunk of result
 * lines this way.
 */
final class Utf8Buffer {

    private byte[] bytes;
    private int length;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends {@code s} encoded in UTF-8. */
    Utf8Buffer append(String s) {
        int n = s.length();
        room(3 * n); // a char takes at most 3 bytes; a pair of surrogates takes 4 for 2 chars
        byte[] b = bytes;
        int at = length;
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
        length = at;
        return this;
    }

    /** Appends an ASCII character. */
    Utf8Buffer append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends a number in decimal, as {@link Long#toString(long)} writes it. */
    Utf8Buffer append(long v) {
        if (v < 0) {
            return append(Long.toString(v));
        }
        room(20);
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int at = length + digits;
        length = at;
        do {
            bytes[--at] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        return this;
    }

    /** Appends bytes as they are. */
    Utf8Buffer append(byte[] more) {
        room(more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
        return this;
    }

    int length() {
        return length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (bytes.length - length < more) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
