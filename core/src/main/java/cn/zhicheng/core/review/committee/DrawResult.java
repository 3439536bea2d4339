package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A committee drawn for a session (七(三), 决定 D-7–D-9): its members in the order they were drawn, every expert left
 * out and why, and everything needed to draw it again — the session, the size, the seed with its algorithm and the
 * candidate pool in canonical order (by expert id).
 */
public record DrawResult(Session session, CommitteeSize size, DrawSeed seed, List<Expert> candidates,
                         List<String> committee, List<Exclusion> exclusions) {

    public DrawResult {
        requireNonNull(session, "session is null");
        requireNonNull(size, "size is null");
        requireNonNull(seed, "seed is null");
        candidates = List.copyOf(candidates);
        committee = List.copyOf(committee);
        exclusions = List.copyOf(exclusions);
    }

    /** The members' expert records, in draw order. */
    public List<Expert> members() {
        java.util.Map<String, Expert> byId = new java.util.HashMap<>();
        candidates.forEach(e -> byId.put(e.id(), e));
        return committee.stream().map(byId::get).toList();
    }
}
