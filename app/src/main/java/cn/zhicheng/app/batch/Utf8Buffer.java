package cn.zhicheng.app.batch;

import cn.zhicheng.core.text.Utf8Encoder;
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
        room(Utf8Encoder.MOST_BYTES_PER_CHAR * s.length());
        length = Utf8Encoder.encode(s, bytes, length);
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
