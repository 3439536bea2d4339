package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The line on which each path of a YAML or JSON document starts, so a problem found later can name its line. */
final class YamlLines {

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLines index(JsonFactory factory, byte[] content) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = factory.createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(Paths.of(p.getParsingContext()), p.currentLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // syntax errors are reported by the reader itself; keep what was indexed
        }
        return new YamlLines(lines);
    }

    /** The line of a path, or of its nearest indexed parent; 0 when none is known. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
