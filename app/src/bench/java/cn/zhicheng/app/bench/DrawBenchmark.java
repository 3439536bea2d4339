package cn.zhicheng.app.bench;

import cn.zhicheng.app.committee.JdkGenerators;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.Applicant;
import cn.zhicheng.core.review.committee.CommitteeSize;
import cn.zhicheng.core.review.committee.Draw;
import cn.zhicheng.core.review.committee.DrawResult;
import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Relation;
import cn.zhicheng.core.review.committee.ReviewGroups;
import cn.zhicheng.core.review.committee.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The committee draw with recusal (七(三); 决定 D-7, D-9) over a pool of 10,000 experts for a session of 1,000
 * applications, as the draw service runs it once the pool and the applicants are read (one query each): the
 * canonical order, every expert checked for field, level and recusal against every applicant, every exclusion
 * recorded, the seeded shuffle; and, in the second benchmark, the review groups dealt from the committee (决定 D-8).
 * The pool is generated from a fixed seed: about a third of it outside the field, a tenth below the level, one
 * expert in five with a declared relative among the applicants and one in twenty with an applicant's employer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class DrawBenchmark {

    static final int POOL = 10_000;
    static final int APPLICATIONS = 1_000;
    static final long SEED = 20_260_901L;

    private Session session;
    private List<Expert> pool;
    private CommitteeSize size;
    private long seed;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            applicants.add(Applicant.of(String.format("app-%04d", i), String.format("ID%016d", i),
                    String.format("EMP%05d", random.nextInt(400))));
        }
        session = new Session("bench", "AI", Level.ASSOCIATE_SENIOR, applicants);
        pool = new ArrayList<>();
        Kinship[] kinships = Kinship.values();
        for (int i = 0; i < POOL; i++) {
            String field = random.nextInt(3) == 0 ? "MARKETING" : "AI";
            Level level = random.nextInt(10) == 0 ? Level.INTERMEDIATE
                    : random.nextBoolean() ? Level.SENIOR : Level.ASSOCIATE_SENIOR;
            List<Relation> relations = new ArrayList<>();
            if (random.nextInt(5) == 0) {
                relations.add(new Relation(String.format("ID%016d", random.nextInt(APPLICATIONS)),
                        kinships[random.nextInt(kinships.length)]));
            }
            relations.add(new Relation(String.format("OTHER%012d", i), Kinship.SPOUSE));
            String employer = random.nextInt(20) == 0 ? String.format("EMP%05d", random.nextInt(400))
                    : String.format("ELSE%05d", i);
            pool.add(Expert.of(String.format("expert-%05d", i), level, employer, relations, field));
        }
        size = CommitteeSize.minimumFor(Level.ASSOCIATE_SENIOR);
        DrawResult first = Draw.draw(session, pool, size, DrawSeed.of(SEED), JdkGenerators.INSTANCE);
        if (first.committee().size() != size.members() || first.exclusions().isEmpty()
                || !Draw.reproduces(first, JdkGenerators.INSTANCE)) {
            throw new IllegalStateException("the benchmark's pool does not give a reproducible draw with recusals");
        }
    }

    /** One draw of a committee of 25 with recusal, each with a seed of its own. */
    @Benchmark
    public DrawResult drawWithRecusal() {
        return Draw.draw(session, pool, size, DrawSeed.of(seed++), JdkGenerators.INSTANCE);
    }

    /** The draw and its review groups of three, as the draw service makes both. */
    @Benchmark
    public ReviewGroups drawAndReviewGroups() {
        DrawResult drawn = Draw.draw(session, pool, size, DrawSeed.of(seed++), JdkGenerators.INSTANCE);
        return ReviewGroups.draw(drawn, 3, DrawSeed.of(seed++), JdkGenerators.INSTANCE);
    }
}
