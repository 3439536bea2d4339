package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.Annexes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs an annex's cases to see what they exercise: each case's applicant (the defaults with the case's overrides:
 * objects merge, lists replace) is read as an applicant file and decided under the version of its field in force on
 * the case's date. Reading needs a validator that knows "today", so the caller hands in a reader per date.
 */
public final class CaseRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseRuns() {
    }

    public static List<CaseRun> of(Annexes annexes, String annexId, CaseFile file,
                                   Function<LocalDate, StrictReader> readers) {
        List<CaseRun> runs = new ArrayList<>();
        for (CaseFile.Case c : file.cases()) {
            if (c == null || !c.missing().isEmpty()) {
                continue; // a case that cannot be run is the conformance kit's to report
            }
            runs.add(run(annexes, annexId, file, c, readers));
        }
        return List.copyOf(runs);
    }

    private static CaseRun run(Annexes annexes, String annexId, CaseFile file, CaseFile.Case c,
                               Function<LocalDate, StrictReader> readers) {
        CaseRun none = new CaseRun(annexId, c.field(), c.level(), c.name(), Set.of());
        if (!(annexes.ruleBook().inForce(c.field(), c.asOf()) instanceof RuleBook.InForce inForce)) {
            return none;
        }
        try {
            ApplicantFile applicant = readers.apply(c.asOf()).read(c.name(), applicant(file, c),
                    StrictReader.Syntax.JSON, ApplicantFile.class);
            return CaseRun.of(annexId, c.name(), new Evaluator().evaluate(applicant, inForce.criteria(), c.level(),
                    c.asOf()));
        } catch (InputRejected e) {
            return none;
        }
    }

    /** The case's applicant file as JSON: the defaults with the case's overrides. */
    public static byte[] applicant(CaseFile file, CaseFile.Case c) {
        ObjectNode merged = file.defaults() == null ? JSON.createObjectNode() : file.defaults().deepCopy();
        if (c.applicant() != null) {
            merge(merged, c.applicant());
        }
        try {
            return JSON.writeValueAsBytes(merged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML always writes as JSON", e);
        }
    }

    private static void merge(ObjectNode target, JsonNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> it = overrides.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                merge(o, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
