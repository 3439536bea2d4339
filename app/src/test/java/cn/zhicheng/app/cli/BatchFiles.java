package cn.zhicheng.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * JSON Lines inputs for the batch tests: the example applicant, one per line, each with a name of its own and a
 * start of professional work that varies over the years, so the verdicts vary too (eligible, not yet, not
 * eligible).
 */
final class BatchFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BatchFiles() {
    }

    /** The example applicant as a JSON tree. */
    static ObjectNode example() {
        try {
            return (ObjectNode) new YAMLMapper().readTree(CommandLineTest.EXAMPLE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applicant {@code i}: the example, named 申请人i, starting work in a month between 2011-04 and 2025-12. */
    static String applicant(ObjectNode example, int i) {
        ObjectNode a = example.deepCopy();
        ((ObjectNode) a.get("identity")).put("name", "申请人" + i);
        int month = (i * 7919) % 177; // 2011-04 .. 2025-12
        a.put("professionalWorkStart", LocalDate.of(2011, 4, 1).plusMonths(month).toString());
        try {
            return JSON.writeValueAsString(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON Lines file of {@code count} applicants. */
    static Path jsonLines(Path file, int count) throws IOException {
        ObjectNode example = example();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write(applicant(example, i));
                w.write('\n');
            }
        }
        return file;
    }
}
