package cn.zhicheng.app.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF), the same bytes Java's strict decoder accepts. A byte order mark at the start counts as not well-formed
 * here: such a line is left to the strict reading, which decides what it means.
 */
final class Utf8Bytes {

    /** Eight bytes at a time, in the platform's order: only whether any has its high bit set is asked. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Bytes() {
    }

    static boolean wellFormed(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return false;
        }
        int i = 0;
        while (i < n) {
            if (b[i] >= 0) {
                i++;
                // a run of ASCII, the most of a JSON line, is stepped over eight bytes at a time
                while (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
            } else {
                int length = sequence(b, i, n);
                if (length == 0) {
                    return false;
                }
                i += length;
            }
        }
        return true;
    }

    /**
     * The length of the well-formed sequence of two to four bytes that starts at {@code i} with a byte above 0x7F
     * and ends before {@code end}, or 0 when it is not well formed.
     */
    static int sequence(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
            return i + 1 < end && trail(b[i + 1], 0x80, 0xBF) ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            int lo = c == 0xE0 ? 0xA0 : 0x80;
            int hi = c == 0xED ? 0x9F : 0xBF;
            return i + 2 < end && trail(b[i + 1], lo, hi) && trail(b[i + 2], 0x80, 0xBF) ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            int lo = c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xF4 ? 0x8F : 0xBF;
            return i + 3 < end && trail(b[i + 1], lo, hi) && trail(b[i + 2], 0x80, 0xBF)
                    && trail(b[i + 3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean trail(byte x, int lo, int hi) {
        int v = x & 0xFF;
        return v >= lo && v <= hi;
    }
}
