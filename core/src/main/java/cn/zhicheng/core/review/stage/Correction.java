package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing to correct when an application is returned (六(三); an upheld objection, 决定 D-6): the piece of evidence
 * it concerns, if any, by its id, and what is wrong or missing, in the reviewer's words.
 */
public record Correction(Optional<String> evidenceId, String what) {

    public Correction {
        requireNonNull(evidenceId, "evidenceId is null");
        requireNonNull(what, "what is null");
        if (what.isBlank()) {
            throw new IllegalArgumentException("a correction says what to correct");
        }
    }

    public static Correction of(String evidenceId, String what) {
        return new Correction(Optional.of(evidenceId), what);
    }

    public static Correction general(String what) {
        return new Correction(Optional.empty(), what);
    }
}
