package cn.zhicheng.core.review.committee;

import java.util.random.RandomGenerator;

/**
 * Turns a {@link DrawSeed} into a generator. Core makes no randomness of its own (design.md; the architecture test
 * forbids it any source of randomness, seeded or not), so the app hands this in — built on
 * {@code RandomGeneratorFactory.of(seed.algorithm()).create(seed.seed())} — and a draw asks it for exactly the seed
 * it will record. The draw itself then depends only on the generator's {@code nextLong()} stream.
 */
@FunctionalInterface
public interface Generators {

    RandomGenerator seeded(DrawSeed seed);
}
