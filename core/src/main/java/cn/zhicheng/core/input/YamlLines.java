package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each path of a YAML or JSON document starts, so a problem found later can name its line and column. */
final class YamlLines {

    private final JsonFactory factory;
    private final byte[] content;
    /** Indexed on the first look-up: a document read without a problem never needs its lines. */
    private Map<String, int[]> starts;

    private YamlLines(JsonFactory factory, byte[] content) {
        this.factory = factory;
        this.content = content;
    }

    /** The index of a document, built when a line is first asked for. */
    static YamlLines index(JsonFactory factory, byte[] content) {
        return new YamlLines(factory, content);
    }

    private static Map<String, int[]> build(JsonFactory factory, byte[] content) {
        Map<String, int[]> starts = new HashMap<>();
        try (JsonParser p = factory.createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    JsonLocation at = p.currentTokenLocation();
                    starts.putIfAbsent(Paths.of(p.getParsingContext()), new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (IOException | RuntimeException e) {
            // syntax errors are reported by the reader itself; keep what was indexed
        }
        return starts;
    }

    /** The line of a path, or of its nearest indexed parent; 0 when none is known. */
    int lineOf(String path) {
        return startOf(path)[0];
    }

    /** The column of a path, or of its nearest indexed parent; 0 when none is known. */
    int columnOf(String path) {
        return startOf(path)[1];
    }

    private int[] startOf(String path) {
        if (starts == null) {
            starts = build(factory, content);
        }
        String p = path;
        while (true) {
            int[] start = starts.get(p);
            if (start != null) {
                return start;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
