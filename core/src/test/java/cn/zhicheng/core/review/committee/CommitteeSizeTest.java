package cn.zhicheng.core.review.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.policy.Level;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitteeSizeTest {

    @Test
    void seniorSessionsNeedTwentyFiveAndTheOthersEleven() {
        assertEquals(25, CommitteeSize.minimumFor(Level.SENIOR).members());
        assertEquals(25, CommitteeSize.minimumFor(Level.ASSOCIATE_SENIOR).members());
        assertEquals(11, CommitteeSize.minimumFor(Level.INTERMEDIATE).members());
        assertEquals(11, CommitteeSize.minimumFor(Level.JUNIOR).members());
    }

    @Test
    void aCommitteeBelowTheMinimumOrOfAnEvenSizeIsRefused() {
        Refused small = assertThrows(Refused.class, () -> new CommitteeSize(Level.ASSOCIATE_SENIOR, 23));
        assertEquals("committee.size.belowMinimum", small.reason().key());
        assertEquals(List.of(Level.ASSOCIATE_SENIOR, 25, 23), small.reason().args());
        Refused even = assertThrows(Refused.class, () -> new CommitteeSize(Level.SENIOR, 26));
        assertEquals("committee.size.even", even.reason().key());
        assertEquals(27, new CommitteeSize(Level.SENIOR, 27).members());
    }

    @Test
    void twentyFiveMembersMeetWithSeventeenPresentAndNotWithSixteen() {
        CommitteeSize size = CommitteeSize.minimumFor(Level.SENIOR);
        assertEquals(17, size.quorum());
        assertTrue(size.quorate(17));
        assertFalse(size.quorate(16));
    }

    @Test
    void elevenMembersMeetWithEightPresent() {
        CommitteeSize size = CommitteeSize.minimumFor(Level.JUNIOR);
        assertEquals(8, size.quorum());
        assertTrue(size.quorate(8));
        assertFalse(size.quorate(7));
    }

    @ParameterizedTest
    @CsvSource({"17,12", "16,11", "15,10", "14,10", "13,9", "12,8", "11,8", "9,6", "8,6", "3,2", "2,2", "1,1",
        "25,17", "24,16", "0,1"})
    void thePassMarkIsTwoThirdsOfThosePresentAndNotRecusedRoundedUp(int presentNotRecused, int passMark) {
        assertEquals(passMark, CommitteeSize.passMark(presentNotRecused));
    }

    @Test
    void thePassMarkNeverFallsShortOfTwoThirds() {
        for (int n = 1; n <= 1000; n++) {
            int mark = CommitteeSize.passMark(n);
            assertTrue(3L * mark >= 2L * n, "two thirds of " + n);
            assertTrue(3L * (mark - 1) < 2L * n, "no more than needed for " + n);
        }
    }
}
