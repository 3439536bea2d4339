package cn.zhicheng.core.conformance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * An annex descriptor broken on purpose, twice: an unknown key added at the root, and the first {@code clause} key
 * renamed. The places are found by parsing, not by pattern, so block style ({@code clause: 附件1} on its own line),
 * flow style ({@code {id: x, clause: 附件1}}) and a flow-style root all break the same way.
 *
 * @param text the broken descriptor
 * @param misspeltClause the path of the mapping whose clause key was renamed, with a trailing dot (e.g.
 *     {@code fields[0].levels.JUNIOR.achievements.anyOf[0].}); empty when the descriptor has no clause key
 */
record BrokenYaml(String text, Optional<String> misspeltClause) {

    static final String UNKNOWN_KEY = "bogus";
    static final String MISSPELT_CLAUSE = "clauze";

    private static final YAMLFactory YAML = new YAMLFactory();

    static BrokenYaml of(String yaml) {
        JsonLocation root = null;
        JsonLocation clause = null;
        String clauseAt = null;
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null && clause == null) {
                if (root == null && t == JsonToken.START_OBJECT) {
                    root = p.currentTokenLocation();
                }
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("clause")) {
                    clause = p.currentTokenLocation();
                    clauseAt = parentPath(p.getParsingContext());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the annex must be valid YAML before the kit can break it", e);
        }
        if (root == null) {
            throw new AssertionError("the annex's root is not a mapping");
        }
        StringBuilder broken = new StringBuilder(yaml);
        // rename first: it lies after the root's start, so inserting at the root afterwards moves nothing it needs
        if (clause != null) {
            int at = offset(yaml, clause);
            at += yaml.charAt(at) == '"' || yaml.charAt(at) == '\'' ? 1 : 0;
            broken.replace(at, at + "clause".length(), MISSPELT_CLAUSE);
        }
        int start = offset(yaml, root);
        if (yaml.charAt(start) == '{') {
            broken.insert(start + 1, " " + UNKNOWN_KEY + ": 1,");
        } else {
            broken.append(yaml.endsWith("\n") ? "" : "\n").append(UNKNOWN_KEY).append(": 1\n");
        }
        return new BrokenYaml(broken.toString(), Optional.ofNullable(clauseAt));
    }

    /** The character offset of a parser location (lines and columns count from 1, columns in code points). */
    private static int offset(String text, JsonLocation location) {
        int lineStart = 0;
        for (int line = 1; line < location.getLineNr(); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return text.offsetByCodePoints(lineStart, location.getColumnNr() - 1);
    }

    /** The loader's path of the mapping holding the current key, e.g. {@code fields[0].levels.JUNIOR.}. */
    private static String parentPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; !c.getParent().inRoot(); c = c.getParent()) {
            JsonStreamContext up = c.getParent();
            parts.push(up.inArray() ? "[" + up.getCurrentIndex() + "]" : "." + up.getCurrentName());
        }
        String path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "" : path + ".";
    }
}
