package cn.zhicheng.core.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Input files are UTF-8 text. Bytes that are not are refused at the line and column where they stand, before a
 * parser turns them into an error about Java's decoders.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The problem with {@code content} as UTF-8, or empty when it decodes. */
    static Optional<YamlScreen.Found> problem(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        try {
            decoder.decode(in);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            int bad = firstBad(content);
            return Optional.of(new YamlScreen.Found("", line(content, bad), column(content, bad),
                    Refusal.of("input.encoding", bad + 1)));
        }
    }

    /** The offset of the first byte that does not decode. */
    private static int firstBad(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int line(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The column in characters: the decodable bytes before the offset on its line. */
    private static int column(byte[] content, int offset) {
        int start = offset;
        while (start > 0 && content[start - 1] != '\n') {
            start--;
        }
        return new String(content, start, offset - start, StandardCharsets.UTF_8).length() + 1;
    }
}
