package cn.zhicheng.core.review.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BallotBoxTest {

    private static final CommitteeSize SENIOR = CommitteeSize.minimumFor(Level.SENIOR);
    private static final List<String> MEMBERS = IntStream.rangeClosed(1, 25).mapToObj(BallotBoxTest::m).toList();

    static String m(int i) {
        return String.format("M%02d", i);
    }

    private static Attendance present(int count) {
        return new Attendance(SENIOR, new TreeSet<>(MEMBERS), new TreeSet<>(MEMBERS.subList(0, count)));
    }

    private static BallotBox box(int present, Set<String> recusedFromA) {
        return BallotBox.open(present(present), Map.of("A", recusedFromA, "B", Set.of()));
    }

    /** Members 1.. in order, {@code yes} of them YES, the next {@code no} NO, the rest of {@code voters} ABSTAIN. */
    private static BallotBox vote(BallotBox box, String application, int voters, int yes, int no, Set<String> skip) {
        List<String> who = MEMBERS.stream().filter(x -> !skip.contains(x)).limit(voters).toList();
        for (int i = 0; i < who.size(); i++) {
            Vote v = i < yes ? Vote.YES : i < yes + no ? Vote.NO : Vote.ABSTAIN;
            box = box.cast(who.get(i), new Ballot(application, who.get(i), v));
        }
        return box;
    }

    @Test
    void withSixteenOfTwentyFivePresentTheBoxDoesNotOpen() {
        Refused refused = assertThrows(Refused.class, () -> box(16, Set.of()));
        assertEquals("committee.ballot.noQuorum", refused.reason().key());
        assertEquals(List.of(16, 25, 17), refused.reason().args());
    }

    @Test
    void withSeventeenPresentTwelveYesPassAndElevenFail() {
        Tally passed = vote(box(17, Set.of()), "A", 17, 12, 5, Set.of()).close().tally("A");
        Tally failed = vote(box(17, Set.of()), "A", 17, 11, 3, Set.of()).close().tally("A");

        assertEquals(Tally.Result.PASSED, passed.result());
        assertEquals(12, passed.passMark());
        assertEquals(17, passed.present());
        assertEquals(Tally.Result.FAILED, failed.result());
        assertEquals(List.of(11, 3, 3), List.of(failed.yes(), failed.no(), failed.abstain()));
        assertTrue(Messages.render(failed.explanation(), Messages.EN).startsWith("Failed: 11 yes of 17"));
    }

    @Test
    void aPresentMemberWhoDoesNotVoteStillCountsAmongThosePresent() {
        Tally tally = vote(box(18, Set.of()), "A", 12, 12, 0, Set.of()).close().tally("A");
        assertEquals(12, tally.passMark());
        assertEquals(Tally.Result.PASSED, tally.result());
        Tally short1 = vote(box(19, Set.of()), "A", 12, 12, 0, Set.of()).close().tally("A");
        assertEquals(13, short1.passMark());
        assertEquals(Tally.Result.FAILED, short1.result());
    }

    @Test
    void aRecusedMemberNeitherVotesNorCountsForThePassMark() {
        Set<String> recused = Set.of(m(1), m(2));
        BallotBox box = box(19, recused);

        Refused refused = assertThrows(Refused.class, () -> box.cast(m(1), new Ballot("A", m(1), Vote.YES)));
        assertEquals("committee.ballot.recused", refused.reason().key());
        Tally tally = vote(box, "A", 17, 12, 5, recused).close().tally("A");
        assertEquals(2, tally.recused());
        assertEquals(12, tally.passMark());
        assertEquals(Tally.Result.PASSED, tally.result());
        // the recused members still vote on the other application
        box.cast(m(1), new Ballot("B", m(1), Vote.NO));
    }

    @Test
    void ballotsCastTogetherAreDecidedAndCountedAsBallotsCastOneByOne() {
        // valid ballots on both applications, with a second ballot, a proxy, a recused and an absent member, and an
        // application not on the ballot among them
        List<String[]> ballots = List.of(new String[] {"A", "M01", "M01", "YES"}, new String[] {"B", "M01", "M01", "NO"},
                new String[] {"A", "M01", "M01", "NO"}, new String[] {"A", "M02", "M03", "YES"},
                new String[] {"A", "M04", "M04", "ABSTAIN"}, new String[] {"A", "M20", "M20", "YES"},
                new String[] {"Z", "M05", "M05", "YES"}, new String[] {"B", "M04", "M04", "YES"},
                new String[] {"A", "M05", "M05", "NO"}, new String[] {"B", "M04", "M04", "NO"});
        BallotBox oneByOne = box(17, Set.of("M04"));
        BallotBox.Casting together = box(17, Set.of("M04")).casting();
        List<String> refusedOneByOne = new java.util.ArrayList<>();
        List<String> refusedTogether = new java.util.ArrayList<>();
        for (String[] x : ballots) {
            Ballot ballot = new Ballot(x[0], x[2], Vote.valueOf(x[3]));
            try {
                oneByOne = oneByOne.cast(x[1], ballot);
                refusedOneByOne.add("-");
            } catch (Refused r) {
                refusedOneByOne.add(r.reason().key());
            }
            try {
                together.cast(x[1], ballot);
                refusedTogether.add("-");
            } catch (Refused r) {
                refusedTogether.add(r.reason().key());
            }
            assertEquals(oneByOne.voted(x[0].equals("Z") ? "A" : x[0]), together.voted(x[0].equals("Z") ? "A" : x[0]));
        }
        assertEquals(List.of("-", "-", "committee.ballot.second", "committee.ballot.proxy", "committee.ballot.recused",
                "committee.ballot.notPresent", "committee.ballot.unknownApplication", "-", "-",
                "committee.ballot.second"), refusedOneByOne);
        assertEquals(refusedOneByOne, refusedTogether);
        assertEquals(oneByOne, together.box());
        assertEquals(oneByOne.close().tallies(), together.box().close().tallies());
    }

    @Test
    void aBallotForAnotherMemberIsRefused() {
        Refused refused = assertThrows(Refused.class,
                () -> box(17, Set.of()).cast(m(1), new Ballot("A", m(2), Vote.YES)));
        assertEquals("committee.ballot.proxy", refused.reason().key());
    }

    @Test
    void aSecondBallotOnTheSameApplicationIsRefused() {
        BallotBox once = box(17, Set.of()).cast(m(1), new Ballot("A", m(1), Vote.NO));
        Refused refused = assertThrows(Refused.class, () -> once.cast(m(1), new Ballot("A", m(1), Vote.YES)));
        assertEquals("committee.ballot.second", refused.reason().key());
        assertEquals(1, once.close().tally("A").no());
        assertEquals(0, once.close().tally("A").yes());
    }

    @Test
    void aBallotAfterTheBoxClosedIsRefused() {
        BallotBox closed = box(17, Set.of()).close();
        Refused refused = assertThrows(Refused.class, () -> closed.cast(m(1), new Ballot("A", m(1), Vote.YES)));
        assertEquals("committee.ballot.late", refused.reason().key());
    }

    @Test
    void anAbsentMemberAndAnOutsiderCannotVote() {
        BallotBox box = box(17, Set.of());
        assertEquals("committee.ballot.notPresent", assertThrows(Refused.class,
                () -> box.cast(m(20), new Ballot("A", m(20), Vote.YES))).reason().key());
        assertEquals("committee.ballot.notPresent", assertThrows(Refused.class,
                () -> box.cast("X99", new Ballot("A", "X99", Vote.YES))).reason().key());
        assertEquals("committee.attendance.notMember", assertThrows(Refused.class,
                () -> new Attendance(SENIOR, new TreeSet<>(MEMBERS), new TreeSet<>(Set.of("X99")))).reason().key());
    }

    @Test
    void aBallotOnAnApplicationNotOnTheBallotIsRefused() {
        assertEquals("committee.ballot.unknownApplication", assertThrows(Refused.class,
                () -> box(17, Set.of()).cast(m(1), new Ballot("Z", m(1), Vote.YES))).reason().key());
    }

    @Test
    void thereIsNoResultWhileTheBoxIsOpen() {
        assertEquals("committee.tally.boxOpen", assertThrows(Refused.class,
                () -> box(17, Set.of()).tally("A")).reason().key());
    }

    @Test
    void aRefusedBallotChangesNothing() {
        BallotBox box = box(17, Set.of()).cast(m(1), new Ballot("A", m(1), Vote.YES));
        assertThrows(Refused.class, () -> box.cast(m(1), new Ballot("A", m(1), Vote.NO)));
        assertEquals(Set.of(m(1)), box.voted("A"));
        assertEquals(1, box.close().tally("A").yes());
    }

    @Test
    void theBoxOpensWithTheRecusalsOfTheDrawnMembers() {
        Applicant a = Committees.applicant(1);
        Expert relative = Expert.of("R", Level.SENIOR, null,
                List.of(new Relation(a.idNumber(), Kinship.UNCLE_OR_AUNT)), Committees.AI);
        List<Expert> members = new java.util.ArrayList<>(Committees.pool(10));
        members.add(relative);
        Session session = Committees.session(Level.JUNIOR, a);
        CommitteeSize size = CommitteeSize.minimumFor(Level.JUNIOR);
        // a relation declared after the draw: the committee already holds the relative
        DrawResult drawn = new DrawResult(session, size, DrawSeed.of(1), members,
                members.stream().map(Expert::id).collect(Collectors.toList()), List.of());

        BallotBox box = BallotBox.open(Attendance.of(drawn, Set.copyOf(drawn.committee())), drawn);

        assertEquals(Set.of("R"), box.recused(a.applicationId()));
        assertEquals(1, box.close().tally(a.applicationId()).recused());
    }
}
