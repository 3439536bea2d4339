package cn.zhicheng.core.review.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResultConfirmationTest {

    private static final List<String> MEMBERS = IntStream.rangeClosed(1, 11).mapToObj(i -> "M" + i).toList();

    private static BallotBox closedBox(Vote firstVote) {
        BallotBox box = BallotBox.open(new Attendance(CommitteeSize.minimumFor(Level.JUNIOR), new TreeSet<>(MEMBERS),
                new TreeSet<>(MEMBERS.subList(0, 9))), Map.of("A", Set.of()));
        return box.cast("M1", new Ballot("A", "M1", firstVote)).close();
    }

    @Test
    void eachPresentMemberConfirmsTheHashOfTheResult() {
        BallotBox closed = closedBox(Vote.YES);
        ResultConfirmation result = ResultConfirmation.of("S", closed);
        assertEquals(CanonicalJson.sha256(ResultConfirmation.result("S", closed.tallies())), result.resultSha256());
        assertEquals(Set.copyOf(MEMBERS.subList(0, 9)), result.signatories());

        ResultConfirmation signed = result;
        for (String member : MEMBERS.subList(0, 9)) {
            assertFalse(signed.complete());
            signed = signed.confirm(member, result.resultSha256());
        }

        assertTrue(signed.complete());
        assertEquals(9, signed.confirmations().size());
        assertEquals(new ResultConfirmation.Confirmation("M1", result.resultSha256()), signed.confirmations().get(0));
    }

    @Test
    void aConfirmationOfAnotherHashIsRefused() {
        ResultConfirmation result = ResultConfirmation.of("S", closedBox(Vote.YES));
        String otherResult = ResultConfirmation.of("S", closedBox(Vote.NO)).resultSha256();

        Refused refused = assertThrows(Refused.class, () -> result.confirm("M2", otherResult));

        assertEquals("committee.confirm.otherHash", refused.reason().key());
        assertTrue(result.confirmations().isEmpty());
    }

    @Test
    void anAbsentMemberCannotConfirmAndNobodyConfirmsTwice() {
        ResultConfirmation result = ResultConfirmation.of("S", closedBox(Vote.YES));
        assertEquals("committee.confirm.notSignatory", assertThrows(Refused.class,
                () -> result.confirm("M10", result.resultSha256())).reason().key());
        ResultConfirmation once = result.confirm("M2", result.resultSha256());
        assertEquals("committee.confirm.twice", assertThrows(Refused.class,
                () -> once.confirm("M2", result.resultSha256())).reason().key());
    }
}
