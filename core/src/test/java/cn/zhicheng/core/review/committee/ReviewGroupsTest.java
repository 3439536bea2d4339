package cn.zhicheng.core.review.committee;

import static cn.zhicheng.core.review.committee.Committees.JDK;
import static cn.zhicheng.core.review.committee.Committees.applicant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewGroupsTest {

    private static final Applicant[] APPLICANTS = {applicant(1), applicant(2), applicant(3), applicant(4),
        applicant(5), applicant(6), applicant(7)};

    private static DrawResult committee() {
        return Committees.drawn(Committees.session(Level.SENIOR, APPLICANTS), Committees.pool(40), 4L);
    }

    @Test
    void groupsHaveAtLeastThreeMembersOfTheCommitteeAndEveryApplicationOneGroup() {
        DrawResult committee = committee();

        ReviewGroups groups = ReviewGroups.draw(committee, 3, DrawSeed.of(9L), JDK);

        assertEquals(8, groups.groups().size());
        Set<String> seated = new HashSet<>();
        groups.groups().forEach(g -> {
            assertTrue(g.members().size() >= 3, g.toString());
            g.members().forEach(member -> assertTrue(seated.add(member), member + " sits in two groups"));
        });
        assertEquals(Set.copyOf(committee.committee()), seated);
        List<String> assigned = groups.groups().stream().flatMap(g -> g.applications().stream()).sorted().toList();
        assertEquals(List.of("A0001", "A0002", "A0003", "A0004", "A0005", "A0006", "A0007"), assigned);
    }

    @Test
    void theGroupsFollowFromTheirSeed() {
        DrawResult committee = committee();
        assertEquals(ReviewGroups.draw(committee, 5, DrawSeed.of(1L), JDK).groups(),
                ReviewGroups.draw(committee, 5, DrawSeed.of(1L), JDK).groups());
        assertNotEquals(ReviewGroups.draw(committee, 5, DrawSeed.of(1L), JDK).groups(),
                ReviewGroups.draw(committee, 5, DrawSeed.of(2L), JDK).groups());
    }

    @Test
    void aGroupOfTwoIsRefused() {
        Refused refused = assertThrows(Refused.class, () -> ReviewGroups.draw(committee(), 2, DrawSeed.of(1L), JDK));
        assertEquals("committee.group.tooSmall", refused.reason().key());
        assertThrows(Refused.class, () -> new ReviewGroups(DrawSeed.of(1L), 3,
                List.of(new ReviewGroup(1, List.of("M1", "M2"), List.of("A0001")))));
    }

    @Test
    void anApplicationGoesToAGroupWithoutAMemberWhoMustRecuse() {
        // relations declared after the committee was drawn: a relative and a colleague of applicant 1 sit on it
        Applicant a = applicant(1);
        List<Expert> members = new ArrayList<>(Committees.pool(7));
        members.add(Expert.of("R1", Level.SENIOR, null, List.of(new Relation(a.idNumber(), Kinship.SIBLING)),
                Committees.AI));
        members.add(Expert.of("R2", Level.SENIOR, a.employerCreditCode().orElseThrow(), List.of(), Committees.AI));
        Session session = Committees.session(Level.JUNIOR, a, applicant(2));
        DrawResult committee = new DrawResult(session, new CommitteeSize(Level.JUNIOR, 11),
                DrawSeed.of(1L), members, members.stream().map(Expert::id).toList(), List.of());
        for (long seed = 0; seed < 20; seed++) {
            ReviewGroups groups = ReviewGroups.draw(committee, 3, DrawSeed.of(seed), JDK);
            List<String> group = groups.groupOf(a.applicationId()).members();
            assertTrue(!group.contains("R1") && !group.contains("R2"), "seed " + seed + ": " + group);
        }
    }

    @Test
    void aDefenceIsRecordedOnlyWithReviewGroups() {
        ReviewGroups groups = ReviewGroups.draw(committee(), 3, DrawSeed.of(9L), JDK);
        assertEquals(EnumSet.of(EvaluationMethod.DEFENCE, EvaluationMethod.SHOWCASE), new SessionMethods("S",
                EnumSet.of(EvaluationMethod.SHOWCASE, EvaluationMethod.DEFENCE), Optional.of(groups)).methods());
        assertEquals("committee.methods.defenceWithoutGroups", assertThrows(Refused.class,
                () -> new SessionMethods("S", Set.of(EvaluationMethod.DEFENCE), Optional.empty())).reason().key());
        assertEquals("committee.methods.none", assertThrows(Refused.class,
                () -> new SessionMethods("S", Set.of(), Optional.empty())).reason().key());
        new SessionMethods("S", Set.of(EvaluationMethod.EXAM, EvaluationMethod.PRACTICAL_OPERATION), Optional.empty());
    }
}
