package cn.zhicheng.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Well-formed UTF-8 is what Java's strict decoder accepts, wherever in a run of ASCII a bad byte stands. */
class Utf8BytesTest {

    private static boolean decodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    @Test
    void agreesWithTheStrictDecoder() {
        Random random = new Random(7);
        String[] pieces = {"{\"name\":\"", "申请人", "abcdefgh", "ijklmnopq", "é", "\uD83D\uDE00", "\"}", " ", "0123"};
        int bad = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            for (int k = round % 3; k > 0 && b.length > 0; k--) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            boolean expected = decodes(b) && !bom(b);
            assertEquals(expected, Utf8Bytes.wellFormed(b), () -> java.util.HexFormat.of().formatHex(b));
            bad += expected ? 0 : 1;
        }
        assertFalse(bad < 1_000, "the test makes enough bytes that are not well-formed: " + bad);
    }
}
