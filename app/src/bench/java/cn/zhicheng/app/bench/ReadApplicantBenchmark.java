package cn.zhicheng.app.bench;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Reading one applicant file the way the command line does: strict YAML (duplicate keys, unknown keys and wrong
 * types refused), then validation in Chinese and English. The bytes are read once in the setup; run from the
 * repository's root, or pass {@code -p file=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ReadApplicantBenchmark {

    @Param("examples/applicant.yaml")
    public String file;

    private StrictReader reader;
    private byte[] content;

    @Setup
    public void setUp() throws IOException {
        reader = new StrictReader(BilingualValidator.create(
                Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));
        content = Files.readAllBytes(Path.of(file));
        reader.read(file, content, StrictReader.Syntax.YAML, ApplicantFile.class); // refused input fails here
    }

    @Benchmark
    public ApplicantFile readApplicantFile() {
        return reader.read(file, content, StrictReader.Syntax.YAML, ApplicantFile.class);
    }
}
