package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's review groups (决定 D-8): at least three experts each, drawn from the session's committee with a seed
 * of their own, and every application assigned to exactly one group none of whose members is recused from it (the
 * recusal rules of 决定 D-9 again, so a relation declared after the committee was drawn still counts).
 *
 * <p>The committee is shuffled and dealt round-robin into ⌊members / groupSize⌋ groups, so each has at least
 * {@code groupSize} members. Applications, in id order, go to the group with the fewest applications so far among
 * those free of recusal (the lowest number on a tie): the load is even and the assignment follows from the seed.
 */
public record ReviewGroups(DrawSeed seed, int groupSize, List<ReviewGroup> groups) {

    /** A group has at least three members (决定 D-8; 七(二): a defence is heard by a group). */
    public static final int MINIMUM_GROUP_SIZE = 3;

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(二)"), Clause.decision(8));

    public ReviewGroups {
        groups = List.copyOf(groups);
        int smallest = groups.stream().mapToInt(g -> g.members().size()).min().orElse(0);
        if (groupSize < MINIMUM_GROUP_SIZE || smallest < groupSize) {
            throw new Refused(Message.of("committee.group.tooSmall", Math.min(groupSize, smallest),
                    MINIMUM_GROUP_SIZE), CLAUSES);
        }
    }

    public static ReviewGroups draw(DrawResult committee, int groupSize, DrawSeed seed, Generators generators) {
        if (groupSize < MINIMUM_GROUP_SIZE) {
            throw new Refused(Message.of("committee.group.tooSmall", groupSize, MINIMUM_GROUP_SIZE), CLAUSES);
        }
        List<Expert> members = committee.members();
        int count = members.size() / groupSize;
        if (count == 0) {
            throw new Refused(Message.of("committee.group.committeeTooSmall", members.size(), groupSize), CLAUSES);
        }
        List<String> order = Draw.shuffledPrefix(members.stream().map(Expert::id).toList(), members.size(),
                generators.seeded(seed));
        Map<String, Expert> byId = new HashMap<>();
        members.forEach(e -> byId.put(e.id(), e));
        List<List<Expert>> dealt = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            dealt.add(new ArrayList<>());
        }
        for (int i = 0; i < order.size(); i++) {
            dealt.get(i % count).add(byId.get(order.get(i)));
        }
        List<List<String>> assigned = new ArrayList<>();
        dealt.forEach(g -> assigned.add(new ArrayList<>()));
        for (Applicant a : committee.session().applications()) {
            int chosen = -1;
            for (int g = 0; g < count; g++) {
                boolean free = dealt.get(g).stream().allMatch(e -> Recusal.check(e, a).isEmpty());
                if (free && (chosen < 0 || assigned.get(g).size() < assigned.get(chosen).size())) {
                    chosen = g;
                }
            }
            if (chosen < 0) {
                throw new Refused(Message.of("committee.group.noneFree", a.applicationId()),
                        List.of(Clause.notice("七(三)"), Clause.decision(8), Clause.decision(9)));
            }
            assigned.get(chosen).add(a.applicationId());
        }
        List<ReviewGroup> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            groups.add(new ReviewGroup(g + 1, dealt.get(g).stream().map(Expert::id).toList(), assigned.get(g)));
        }
        return new ReviewGroups(seed, groupSize, groups);
    }

    /** The group that reviews this application. */
    public ReviewGroup groupOf(String applicationId) {
        return groups.stream().filter(g -> g.applications().contains(applicationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("application " + applicationId + " is in no group"));
    }
}
