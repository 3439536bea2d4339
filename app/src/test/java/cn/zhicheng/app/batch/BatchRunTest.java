package cn.zhicheng.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.assembly.PolicyModule;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.ruleset.RuleBook;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Memory stays flat however long the input: the run never reads more than a fixed number of records ahead of what
 * it has written, whatever the input's length.
 */
class BatchRunTest {

    @Test
    void neverReadsMoreThanABoundedNumberOfRecordsAheadOfTheOutput() throws IOException {
        Injector engine = Guice.createInjector(PolicyModule.load(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai")),
                getClass().getClassLoader()));
        Optional<String> ai = Optional.of("AI");
        BatchDecider decider = new BatchDecider(engine.getInstance(StrictReader.class),
                engine.getInstance(Evaluator.class), engine.getInstance(Decisions.class),
                f -> FieldLookup.Found.of(((RuleBook.InForce) engine.getInstance(Decisions.class)
                        .criteria(f, LocalDate.of(2026, 6, 30))).criteria()),
                new BatchDecider.Ask(ai, Optional.of(Level.INTERMEDIATE), LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 6, 30), false));
        int threads = 3;
        long bound = (2L * threads + 2) * BatchRun.CHUNK_RECORDS;
        long total = 30 * bound;
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong mostAhead = new AtomicLong();
        byte[] applicant = JsonMapper.builder().build().writeValueAsBytes(
                new YAMLMapper().readTree(Path.of("..", "examples", "applicant.yaml").toFile()));
        Iterator<RawRecord> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.get() < total;
            }

            @Override
            public RawRecord next() {
                long n = read.incrementAndGet();
                mostAhead.accumulateAndGet(n - written.get(), Math::max);
                return new RawRecord(n, "generated", n, applicant, StrictReader.Syntax.JSON, Optional.empty());
            }
        };
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    written.incrementAndGet();
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }
        };
        BatchRun.Summary summary = new BatchRun(decider, ResultFormat.JSONL, threads).run(endless, counting,
                s -> { }, s -> { });
        assertEquals(total, summary.decided());
        assertEquals(total, written.get());
        assertTrue(mostAhead.get() <= bound, "read " + mostAhead.get() + " records ahead of the output, more than "
                + bound);
    }
}
