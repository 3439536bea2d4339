package cn.zhicheng.app.committee;

import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.Generators;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Where the committee's randomness is made: outside core, which may only be handed a generator (design.md). A new
 * draw takes a fresh seed from the platform's strong source; every draw, new or replayed from its record, seeds the
 * algorithm the record names, whose output {@code java.util.random} specifies for every JVM, so the same seed gives
 * the same committee anywhere (七(三)).
 */
public final class JdkGenerators implements Generators {

    public static final JdkGenerators INSTANCE = new JdkGenerators();

    private static final SecureRandom SEEDS = new SecureRandom();

    private JdkGenerators() {
    }

    /** A seed for a new draw, with the default algorithm; stored with the draw's record. */
    public static DrawSeed freshSeed() {
        return DrawSeed.of(SEEDS.nextLong());
    }

    @Override
    public RandomGenerator seeded(DrawSeed seed) {
        return RandomGeneratorFactory.of(seed.algorithm()).create(seed.seed());
    }
}
