package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

/**
 * What makes a draw random and yet repeatable (七(三)): a seed and the name of the pseudo-random algorithm it seeds.
 * The algorithm is one whose output the platform specifies for every JVM ({@code L64X128MixRandom} of
 * {@code java.util.random}), so the stored pair re-runs the draw anywhere.
 */
public record DrawSeed(String algorithm, long seed) {

    /** The algorithm every draw uses unless a record names another. */
    public static final String ALGORITHM = "L64X128MixRandom";

    public DrawSeed {
        requireNonNull(algorithm, "algorithm is null");
        if (algorithm.isBlank()) {
            throw new IllegalArgumentException("algorithm is blank");
        }
    }

    public static DrawSeed of(long seed) {
        return new DrawSeed(ALGORITHM, seed);
    }
}
