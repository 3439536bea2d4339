package cn.zhicheng.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the batch benchmark's input: {@code COUNT} applicants in JSON Lines, each the example applicant
 * ({@code examples/applicant.yaml}) with a name of its own and a start of professional work between 2011-04 and
 * 2025-12, so the verdicts vary (eligible, not yet, not eligible). The same count gives the same bytes.
 *
 * <p>{@code java -cp app/target/benchmarks.jar cn.zhicheng.app.bench.RoundFile 100000 round.jsonl}
 */
public final class RoundFile {

    private RoundFile() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        ObjectMapper json = JsonMapper.builder().build();
        ObjectNode example = (ObjectNode) new YAMLMapper().readTree(Path.of("examples", "applicant.yaml").toFile());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode a = example.deepCopy();
                ((ObjectNode) a.get("identity")).put("name", "申请人" + i);
                a.put("professionalWorkStart", LocalDate.of(2011, 4, 1).plusMonths((i * 7919L) % 177).toString());
                w.write(json.writeValueAsString(a));
                w.write('\n');
            }
        }
    }
}
