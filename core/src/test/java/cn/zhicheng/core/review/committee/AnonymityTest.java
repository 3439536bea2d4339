package cn.zhicheng.core.review.committee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tries to find out who cast which ballot from everything the ballot box and its results expose — accessors,
 * iteration order, equals, hashCode, toString, the tallies, the result's canonical JSON and hash — and fails: two
 * sessions in which the same members voted and the same votes were cast, but by different members and in a different
 * order, are indistinguishable.
 */
class AnonymityTest {

    private static final CommitteeSize SIZE = CommitteeSize.minimumFor(Level.INTERMEDIATE);
    private static final List<String> MEMBERS = IntStream.rangeClosed(1, 11).mapToObj(i -> "M" + i).toList();
    private static final List<Vote> VOTES = List.of(Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.YES, Vote.YES,
            Vote.YES, Vote.NO, Vote.NO, Vote.ABSTAIN, Vote.ABSTAIN);

    private static BallotBox session(Map<String, Vote> ballots) {
        BallotBox box = BallotBox.open(new Attendance(SIZE, new TreeSet<>(MEMBERS), new TreeSet<>(MEMBERS)),
                Map.of("A", Set.of()));
        for (Map.Entry<String, Vote> b : ballots.entrySet()) {
            box = box.cast(b.getKey(), new Ballot("A", b.getKey(), b.getValue()));
        }
        return box;
    }

    /** The same votes given to the members in a shuffled assignment, cast in a shuffled order. */
    private static Map<String, Vote> assignment(long seed) {
        Random random = new Random(seed);
        List<Vote> votes = new ArrayList<>(VOTES);
        Collections.shuffle(votes, random);
        List<String> order = new ArrayList<>(MEMBERS);
        Collections.shuffle(order, random);
        Map<String, Vote> ballots = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ballots.put(order.get(i), votes.get(i));
        }
        return ballots;
    }

    @Test
    void nothingTheBoxExposesLinksABallotToItsCaster() {
        Map<String, Vote> first = assignment(1);
        Map<String, Vote> second = assignment(2);
        // the two sessions differ in who voted what, and in the order of casting
        assertFalse(first.equals(second));
        assertFalse(List.copyOf(first.keySet()).equals(List.copyOf(second.keySet())));

        BallotBox one = session(first).close();
        BallotBox two = session(second).close();

        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertEquals(one.toString(), two.toString());
        assertEquals(List.copyOf(one.voted("A")), List.copyOf(two.voted("A")));
        assertEquals(one.tallies(), two.tallies());
        assertEquals(one.tally("A").toString(), two.tally("A").toString());
        assertArrayEquals(CanonicalJson.bytes(ResultConfirmation.result("S", one.tallies())),
                CanonicalJson.bytes(ResultConfirmation.result("S", two.tallies())));
        assertEquals(ResultConfirmation.of("S", one), ResultConfirmation.of("S", two));
    }

    @Test
    void whileTheBoxIsOpenItShowsWhoVotedAndNeverWhat() {
        BallotBox yes = session(Map.of("M3", Vote.YES));
        BallotBox no = session(Map.of("M3", Vote.NO));

        assertEquals(yes.toString(), no.toString());
        assertEquals(yes.voted("A"), no.voted("A"));
        assertEquals(Set.of("M3"), yes.voted("A"));
    }

    @Test
    void whoVotedIsListedByMemberIdNotByTheOrderOfCasting() {
        BallotBox box = session(assignment(3));
        assertEquals(MEMBERS.stream().sorted().toList(), List.copyOf(box.voted("A")));
    }
}
