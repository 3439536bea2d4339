package cn.zhicheng.core.spi;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.SourceLines;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a descriptor says about its schema, judged before anything else in it: a descriptor for a schema this build
 * cannot read would otherwise be refused key by key for reasons that are not its author's mistakes.
 */
sealed interface SchemaDeclaration {

    /** The key at the descriptor's root. */
    String KEY = "schema";

    /** Written for a schema this build reads. */
    record Readable(SchemaVersion version) implements SchemaDeclaration {
    }

    /** Missing or malformed: reported with every other problem of the file. */
    record Flawed(InputProblem problem) implements SchemaDeclaration {
    }

    /** Written for a schema this build does not read: reported alone, nothing else in the file is judged. */
    record Unreadable(InputProblem problem) implements SchemaDeclaration {
    }

    static SchemaDeclaration of(String source, JsonNode root, SourceLines lines) {
        JsonNode value = root == null ? null : root.get(KEY);
        if (value == null || value.isNull()) {
            return new Flawed(problem(source, lines, KEY, Refusal.of("annex.schema.missing", SchemaVersion.CURRENT)));
        }
        Optional<SchemaVersion> version = value.isTextual() ? SchemaVersion.parse(value.asText()) : Optional.empty();
        if (version.isEmpty()) {
            return new Flawed(problem(source, lines, KEY, Refusal.of("annex.schema.form", value.asText(),
                    SchemaVersion.CURRENT)));
        }
        SchemaVersion v = version.get();
        if (v.readable()) {
            return new Readable(v);
        }
        String supported = SchemaVersion.SUPPORTED.stream().map(s -> s.major() + ".0–" + s)
                .collect(Collectors.joining(", "));
        return new Unreadable(problem(source, lines, KEY, v.knownMajor()
                ? Refusal.of("annex.schema.newerMinor", v.toString(), supported)
                : Refusal.of("annex.schema.unknownMajor", v.toString(), v.major(), supported)));
    }

    private static InputProblem problem(String source, SourceLines lines, String path, Refusal reason) {
        return new InputProblem(source, path, lines.lineOf(path), 0, reason);
    }
}
