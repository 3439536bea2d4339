package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;

/** Pools, sessions and the JDK's seeded generators for the committee tests. */
final class Committees {

    /** What the app hands in: the named algorithm of java.util.random, seeded (tests may create randomness). */
    static final Generators JDK = seed -> RandomGeneratorFactory.of(seed.algorithm()).create(seed.seed());

    static final String AI = "AI";

    private Committees() {
    }

    static String expertId(int i) {
        return String.format("E%05d", i);
    }

    static String employer(int i) {
        return String.format("91220101MA%08d", i);
    }

    /** {@code n} experts of the AI field at full senior level, each at an employer of their own. */
    static List<Expert> pool(int n) {
        List<Expert> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(Expert.of(expertId(i), Level.SENIOR, employer(100_000 + i), List.of(), AI));
        }
        return pool;
    }

    static Applicant applicant(int i) {
        return Applicant.of(String.format("A%04d", i), String.format("22010219900101%04d", i), employer(i));
    }

    static Session session(Level level, Applicant... applicants) {
        return new Session("S-2026-1", AI, level, List.of(applicants));
    }

    static DrawResult drawn(Session session, List<Expert> pool, long seed) {
        return Draw.draw(session, pool, CommitteeSize.minimumFor(session.level()), DrawSeed.of(seed), JDK);
    }
}
