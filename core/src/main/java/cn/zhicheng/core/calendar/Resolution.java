package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The responsible office's resolution of one objection (决定 D-6), recorded with who resolved it, when and why.
 */
public record Resolution(String objectionId, Ruling ruling, Instant resolvedAt, String resolvedBy, String reasons) {

    /** What the office found. */
    public enum Ruling {
        /** The objection is founded: the application returns to the applicant or ends. */
        UPHELD,
        /** The objection is unfounded: the application proceeds. */
        DISMISSED
    }

    public Resolution {
        requireNonNull(objectionId, "objectionId is null");
        requireNonNull(ruling, "ruling is null");
        requireNonNull(resolvedAt, "resolvedAt is null");
        requireNonNull(resolvedBy, "resolvedBy is null");
        requireNonNull(reasons, "reasons is null");
        if (resolvedBy.isBlank() || reasons.isBlank()) {
            throw new IllegalArgumentException("a resolution names who resolved it and why");
        }
    }
}
