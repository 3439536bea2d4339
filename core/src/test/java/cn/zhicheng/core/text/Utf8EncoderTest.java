package cn.zhicheng.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8EncoderTest {

    @Test
    void writesTheBytesStringGetBytesGives() {
        String[] fixed = {"", "JL-2026-ENG-I-000123", "王晓雨", "é", "𠀀", "a\uD800b", "\uDC00", "x\uD83D", "\uD83D\uDE00!"};
        for (String s : fixed) {
            assertEncodesLike(s);
        }
        // random texts over ASCII, two- and three-byte characters, surrogate pairs and lone surrogates
        Random random = new Random(20261127);
        char[] pool = {'a', '0', '~', '\u00e9', '\u07ff', '\u0800', '\u4e2d', '\uffff', '\uD800', '\uDBFF', '\uDC00',
                '\uDFFF'};
        for (int t = 0; t < 5_000; t++) {
            char[] text = new char[random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = pool[random.nextInt(pool.length)];
            }
            assertEncodesLike(new String(text));
        }
    }

    private static void assertEncodesLike(String s) {
        byte[] into = new byte[2 + Utf8Encoder.MOST_BYTES_PER_CHAR * s.length()];
        into[0] = 'x';
        int end = Utf8Encoder.encode(s, into, 1);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(into, 1, end), s);
    }
}
