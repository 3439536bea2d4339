package cn.zhicheng.app.batch;

import com.fasterxml.jackson.core.JsonToken;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The tokens of one JSON line read straight from its bytes, for the quick reading of a batch. It knows only the
 * plainest JSON: strings without escapes or control characters, integers without sign, fraction or exponent, at
 * most nine digits, {@code true} and {@code false}, objects and arrays at most {@value #DEEPEST} deep, and keys
 * that are among the names it was given; outside strings nothing but ASCII, within them well-formed UTF-8 (Unicode
 * Table 3-7, as {@link Utf8Bytes} checks it; a byte order mark is not white space). Anything else — including what
 * JSON allows but this does not model — is a doubt ({@link FastApplicantReader.Doubt}): the quick reading gives up
 * and the line is read strictly. Within that subset it checks the grammar as a JSON parser does (a comma or the
 * closing bracket after each value, a colon after each key, nothing but white space after the one value of the
 * line), so every string decodes exactly. One cursor reads one line, on one thread.
 */
final class JsonCursor {

    /** Deeper than any applicant file; the strict reading's own limit is 32. */
    static final int DEEPEST = 16;
    /** The strict reading's longest string is 10,000 chars; a string of more bytes is left to it. */
    static final int LONGEST_STRING = 10_000;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] b;
    private final int end;
    private final Names names;
    private int at;
    /** One bit per open container: set for an object. */
    private int objects;
    private int depth;
    /** Whether a value has just been completed in the innermost container (or at the top). */
    private boolean afterValue;
    /** Whether a key and its colon have just been read: a value must follow. */
    private boolean afterKey;
    private JsonToken current;
    private int textStart;
    private int textLength;
    private int intValue;

    JsonCursor(byte[] bytes, Names names) {
        this.b = bytes;
        this.end = bytes.length;
        this.names = names;
    }

    JsonToken currentToken() {
        return current;
    }

    /** The next key of the object the cursor is in, or null when the object ends (the token is then its end). */
    String nextFieldName() throws FastApplicantReader.Doubt {
        JsonToken t = nextToken();
        if (t == JsonToken.FIELD_NAME) {
            return names.name(b, textStart, textLength);
        }
        if (t != JsonToken.END_OBJECT) {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        return null;
    }

    /** The next token; null after the line's one value, when only white space follows it. */
    JsonToken nextToken() throws FastApplicantReader.Doubt {
        skipSpace();
        if (depth == 0 && afterValue) {
            if (at != end) {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
            return current = null;
        }
        if (at == end) {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        if (afterKey) {
            afterKey = false;
            return current = value();
        }
        boolean inObject = depth > 0 && (objects & 1 << depth - 1) != 0;
        byte c = b[at];
        if (depth > 0 && c == (inObject ? '}' : ']')) {
            at++;
            depth--;
            afterValue = true;
            return current = inObject ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        }
        if (afterValue) {
            if (c != ',') {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
            at++;
            skipSpace();
            if (at == end) {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
            c = b[at];
        }
        afterValue = false;
        if (!inObject) {
            return current = value();
        }
        if (c != '"') {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        string();
        skipSpace();
        if (at == end || b[at] != ':') {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        at++;
        afterKey = true;
        return current = JsonToken.FIELD_NAME;
    }

    /** The current string's text. */
    String getText() {
        return new String(b, textStart, textLength, StandardCharsets.UTF_8);
    }

    /** Where the current string's bytes start in the line. */
    int textStart() {
        return textStart;
    }

    /** How many bytes the current string has. */
    int textLength() {
        return textLength;
    }

    byte[] bytes() {
        return b;
    }

    /** The current integer. */
    int getIntValue() {
        return intValue;
    }

    private JsonToken value() throws FastApplicantReader.Doubt {
        byte c = b[at];
        switch (c) {
            case '{', '[' -> {
                if (depth == DEEPEST) {
                    throw FastApplicantReader.Doubt.INSTANCE;
                }
                at++;
                objects = c == '{' ? objects | 1 << depth : objects & ~(1 << depth);
                depth++;
                afterValue = false;
                return c == '{' ? JsonToken.START_OBJECT : JsonToken.START_ARRAY;
            }
            case '"' -> {
                string();
                afterValue = true;
                return JsonToken.VALUE_STRING;
            }
            case 't' -> {
                literal("true");
                return JsonToken.VALUE_TRUE;
            }
            case 'f' -> {
                literal("false");
                return JsonToken.VALUE_FALSE;
            }
            default -> {
                integer();
                afterValue = true;
                return JsonToken.VALUE_NUMBER_INT;
            }
        }
    }

    /**
     * A string without escapes or control characters, its bytes well-formed UTF-8 (so they decode exactly); the
     * cursor stands on its opening quote.
     */
    private void string() throws FastApplicantReader.Doubt {
        int start = ++at;
        int i = start;
        while (true) {
            // eight plain bytes at a time: none a quote, a backslash, a control character or above 0x7F
            while (i + 8 <= end && !special((long) LONGS.get(b, i))) {
                i += 8;
            }
            if (i == end) {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
            byte c = b[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                i++;
            } else if (c == '"') {
                break;
            } else if (c < 0) {
                int length = Utf8Bytes.sequence(b, i, end);
                if (length == 0) {
                    throw FastApplicantReader.Doubt.INSTANCE;
                }
                i += length;
            } else {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
        }
        if (i - start > LONGEST_STRING) {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        textStart = start;
        textLength = i - start;
        at = i + 1;
    }

    /**
     * Whether any of eight bytes is a quote, a backslash, below 0x20 or above 0x7F (each test finds whether some byte
     * has the property; which one is found by the byte-by-byte reading that follows).
     */
    private static boolean special(long x) {
        long quote = x ^ 0x2222222222222222L;
        long backslash = x ^ 0x5C5C5C5C5C5C5C5CL;
        long found = (quote - ONES & ~quote) | (backslash - ONES & ~backslash) | (x - 0x2020202020202020L & ~x) | x;
        return (found & HIGH_BITS) != 0;
    }

    /** {@code 0} or a digit 1–9 and at most eight more digits; what follows must not continue the number. */
    private void integer() throws FastApplicantReader.Doubt {
        int i = at;
        if (b[i] < '0' || b[i] > '9' || b[i] == '0' && i + 1 < end && b[i + 1] >= '0' && b[i + 1] <= '9') {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        int v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            if (i - at == 9) {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
            v = v * 10 + (b[i] - '0');
            i++;
        }
        at = i;
        intValue = v;
    }

    private void literal(String word) throws FastApplicantReader.Doubt {
        int n = word.length();
        if (end - at < n) {
            throw FastApplicantReader.Doubt.INSTANCE;
        }
        for (int k = 0; k < n; k++) {
            if (b[at + k] != word.charAt(k)) {
                throw FastApplicantReader.Doubt.INSTANCE;
            }
        }
        at += n;
        afterValue = true;
    }

    private void skipSpace() {
        while (at < end) {
            byte c = b[at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    /**
     * The keys a reading knows, found from their bytes without making a string: a key not among them is a doubt, as
     * an unknown key is to the quick reading anyway.
     */
    static final class Names {

        private final String[] table;
        private final byte[][] bytes;
        private final int mask;

        Names(String... names) {
            int size = Integer.highestOneBit(names.length * 4 - 1) << 1;
            table = new String[size];
            bytes = new byte[size][];
            mask = size - 1;
            for (String name : names) {
                byte[] n = name.getBytes(StandardCharsets.UTF_8);
                int slot = hash(n, 0, n.length) & mask;
                while (table[slot] != null) {
                    if (table[slot].equals(name)) {
                        throw new IllegalArgumentException("name " + name + " given twice");
                    }
                    slot = slot + 1 & mask;
                }
                table[slot] = name;
                bytes[slot] = n;
            }
        }

        String name(byte[] b, int from, int length) throws FastApplicantReader.Doubt {
            int slot = hash(b, from, length) & mask;
            while (table[slot] != null) {
                if (same(bytes[slot], b, from, length)) {
                    return table[slot];
                }
                slot = slot + 1 & mask;
            }
            throw FastApplicantReader.Doubt.INSTANCE;
        }

        private static boolean same(byte[] name, byte[] b, int from, int length) {
            if (name.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (name[i] != b[from + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(byte[] b, int from, int length) {
            int h = length;
            for (int i = from; i < from + length; i++) {
                h = 31 * h + b[i];
            }
            return h ^ h >>> 7;
        }
    }
}
