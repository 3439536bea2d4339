package cn.zhicheng.core.review.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zhicheng.core.policy.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A box restored from what a store keeps (turnout apart from counts) decides as the box in memory does. */
class StoredBoxTest {

    private static final CommitteeSize SIZE = CommitteeSize.minimumFor(Level.INTERMEDIATE);
    private static final List<String> MEMBERS = IntStream.rangeClosed(1, 11)
            .mapToObj(i -> String.format("M%02d", i)).toList();
    private static final Attendance PRESENT = new Attendance(SIZE, new TreeSet<>(MEMBERS),
            new TreeSet<>(MEMBERS.subList(0, 8)));

    @Test
    void aRestoredBoxEqualsTheBoxItWasStoredFromAndRefusesTheSameBallots() {
        BallotBox live = BallotBox.open(PRESENT, Map.of("A", Set.of("M08"), "B", Set.of()))
                .cast("M01", new Ballot("A", "M01", Vote.YES))
                .cast("M02", new Ballot("A", "M02", Vote.NO));
        BallotBox restored = BallotBox.restore(PRESENT, Map.of("A", Set.of("M08"), "B", Set.of()),
                Map.of("A", Set.of("M01", "M02"), "B", Set.of()),
                Map.of("A", new Counts(1, 1, 0), "B", new Counts(0, 0, 0)), true);
        assertEquals(live, restored);
        assertEquals("committee.ballot.second", assertThrows(Refused.class,
                () -> restored.cast("M01", new Ballot("A", "M01", Vote.NO))).reason().key());
        assertEquals("committee.ballot.recused", assertThrows(Refused.class,
                () -> restored.cast("M08", new Ballot("A", "M08", Vote.NO))).reason().key());
        BallotBox closed = BallotBox.restore(PRESENT, Map.of("A", Set.of("M08"), "B", Set.of()),
                Map.of("A", Set.of("M01", "M02"), "B", Set.of()),
                Map.of("A", new Counts(1, 1, 0), "B", new Counts(0, 0, 0)), false);
        assertEquals("committee.ballot.late", assertThrows(Refused.class,
                () -> closed.cast("M03", new Ballot("B", "M03", Vote.YES))).reason().key());
        assertEquals(live.close().tallies(), closed.tallies());
    }

    @Test
    void countsThatDoNotMatchTheTurnoutAreNotABox() {
        assertThrows(IllegalArgumentException.class, () -> BallotBox.restore(PRESENT, Map.of("A", Set.of()),
                Map.of("A", Set.of("M01")), Map.of("A", new Counts(2, 0, 0)), true));
    }
}
