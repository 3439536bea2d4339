package cn.zhicheng.app.bench;

import cn.zhicheng.app.assembly.PolicyModule;
import cn.zhicheng.app.batch.BatchDecider;
import cn.zhicheng.app.batch.BatchRun;
import cn.zhicheng.app.batch.FieldLookup;
import cn.zhicheng.app.batch.RawRecord;
import cn.zhicheng.app.batch.ResultFormat;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * A batch run in process, per record: {@value #RECORDS} lines of the batch input ({@link RoundFile}'s applicants)
 * read, validated, decided for AI at the intermediate level and written as JSON Lines to nowhere, on one thread.
 * {@code reading=strict} reads every line as before the quick reading existed, {@code reading=quick} as
 * {@code zhicheng batch} does now; the ratio of the two in one run is the gain. Run from the repository's root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class BatchBenchmark {

    static final int RECORDS = 1_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Param({"strict", "quick"})
    public String reading;

    private BatchRun run;
    private List<RawRecord> records;

    @Setup
    public void setUp() throws IOException {
        Injector engine = Guice.createInjector(PolicyModule.load(CLOCK, BatchBenchmark.class.getClassLoader()));
        Decisions decisions = engine.getInstance(Decisions.class);
        BatchDecider decider = new BatchDecider(engine.getInstance(StrictReader.class),
                engine.getInstance(Evaluator.class), decisions,
                f -> FieldLookup.Found.of(((RuleBook.InForce) decisions.criteria(f, AS_OF)).criteria()),
                new BatchDecider.Ask(Optional.of("AI"), Optional.of(Level.INTERMEDIATE), AS_OF, AS_OF, false));
        run = new BatchRun(reading.equals("quick") ? decider.readingWellFormedLinesQuickly(CLOCK) : decider,
                ResultFormat.JSONL, 1);
        ObjectMapper json = JsonMapper.builder().build();
        ObjectNode example = (ObjectNode) new YAMLMapper().readTree(Path.of("examples", "applicant.yaml").toFile());
        records = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            ObjectNode a = example.deepCopy();
            ((ObjectNode) a.get("identity")).put("name", "申请人" + i);
            a.put("professionalWorkStart", LocalDate.of(2011, 4, 1).plusMonths((i * 7919L) % 177).toString());
            records.add(new RawRecord(i, "round.jsonl", i + 1, json.writeValueAsBytes(a), StrictReader.Syntax.JSON,
                    Optional.empty()));
        }
        if (batch().skipped() != 0) {
            throw new IllegalStateException("the benchmark's records are all valid");
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public BatchRun.Summary batch() {
        return run.run(records.iterator(), OutputStream.nullOutputStream(), s -> { }, s -> { });
    }
}
