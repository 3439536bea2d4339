package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who takes an act: their id, their role, and, for someone acting for an association (the association itself, or
 * its reviewers, committee secretary and experts in a delegated round, 决定 D-12), the association's id.
 */
public record Actor(String id, Role role, Optional<String> association) {

    public Actor {
        requireNonNull(id, "id is null");
        requireNonNull(role, "role is null");
        requireNonNull(association, "association is null");
        if (role == Role.ASSOCIATION && association.isEmpty()) {
            throw new IllegalArgumentException("an association acts under its own id");
        }
        if (association.isPresent() && !role.ofRunningBody()) {
            throw new IllegalArgumentException(role + " does not act for an association");
        }
    }

    public static Actor of(String id, Role role) {
        return new Actor(id, role, Optional.empty());
    }

    public static Actor forAssociation(String id, Role role, String association) {
        return new Actor(id, role, Optional.of(association));
    }
}
