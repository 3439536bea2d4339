package cn.zhicheng.app.batch;

/**
 * Whether bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF), the same bytes Java's strict decoder accepts. A byte order mark at the start counts as not well-formed
 * here: such a line is left to the strict reading, which decides what it means.
 */
final class Utf8Bytes {

    private Utf8Bytes() {
    }

    static boolean wellFormed(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return false;
        }
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
            } else if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= n || !trail(b[i + 1], 0x80, 0xBF)) {
                    return false;
                }
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                int lo = c == 0xE0 ? 0xA0 : 0x80;
                int hi = c == 0xED ? 0x9F : 0xBF;
                if (i + 2 >= n || !trail(b[i + 1], lo, hi) || !trail(b[i + 2], 0x80, 0xBF)) {
                    return false;
                }
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                int lo = c == 0xF0 ? 0x90 : 0x80;
                int hi = c == 0xF4 ? 0x8F : 0xBF;
                if (i + 3 >= n || !trail(b[i + 1], lo, hi) || !trail(b[i + 2], 0x80, 0xBF)
                        || !trail(b[i + 3], 0x80, 0xBF)) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean trail(byte x, int lo, int hi) {
        int v = x & 0xFF;
        return v >= lo && v <= hi;
    }
}
