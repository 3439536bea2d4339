package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An objection to an application during its publicity (决定 D-6): anyone may lodge one; who lodged it may be left
 * blank (an anonymous objection is still checked). What it is decided to be is a {@link Resolution}.
 */
public record Objection(String id, Instant lodgedAt, String lodgedBy, String grounds) {

    public Objection {
        requireNonNull(id, "id is null");
        requireNonNull(lodgedAt, "lodgedAt is null");
        requireNonNull(lodgedBy, "lodgedBy is null");
        requireNonNull(grounds, "grounds is null");
        if (id.isBlank() || grounds.isBlank()) {
            throw new IllegalArgumentException("an objection has an id and states its grounds");
        }
    }
}
