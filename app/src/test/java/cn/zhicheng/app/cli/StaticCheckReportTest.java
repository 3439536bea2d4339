package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The static checks run in the build over the 13 shipped fields and their cases, and the report in the docs is
 * exactly what they find now. After a deliberate change to the criteria or the cases, regenerate it with
 * {@code mvn -B verify -Dscrutiny.update=true} and review the diff.
 */
class StaticCheckReportTest {

    static final Path DOC = Path.of("..", "docs", "static-checks.md");
    static final List<String> MODULES = List.of("annex-ai", "annex-iot", "annex-bigdata", "annex-others",
            "annex-marketing", "annex-social-service");

    static Run report() {
        List<String> args = new ArrayList<>(List.of("check-criteria"));
        for (String module : MODULES) {
            args.add("--cases");
            args.add(Path.of("..", module, "src", "test", "resources", "cases").toString());
        }
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void theDocumentedReportIsWhatTheChecksFindOverTheShippedFields() throws IOException {
        Run run = report();
        // a defect fails the build here: it is reported in the page and must be corrected in the annex
        assertEquals(0, run.exit(), run.err() + run.out());
        String page = Files.readString(Path.of("..", "docs", "static-checks.head.md"), StandardCharsets.UTF_8)
                + run.out();
        if (Boolean.getBoolean("scrutiny.update")) {
            Files.writeString(DOC, page, StandardCharsets.UTF_8);
        }
        assertEquals(page, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/static-checks.md is stale: regenerate with -Dscrutiny.update=true and review the diff");
        assertTrue(run.out().contains("审查范围：13 个领域"), run.out());
    }

    @Test
    void theReportIsTheSameBytesEveryRun() {
        assertEquals(report().out(), report().out());
    }
}
