package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import java.util.List;

/**
 * How many experts sit on a session's committee, and the counts derived from it (决定 D-7, reading 七(三) with Order
 * No. 40): senior sessions (副高级, 正高级) at least 25, intermediate and junior at least 11, always an odd number so
 * that the committee can never split evenly. The minimum is derived from the level under review, never typed by a
 * session; a session may choose a larger odd size.
 */
public record CommitteeSize(Level level, int members) {

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(三)"), Clause.decision(7));

    public CommitteeSize {
        if (!level.awardedInThisScheme()) {
            throw new IllegalArgumentException("no session reviews " + level + " (二)");
        }
        if (members < minimumMembers(level)) {
            throw new Refused(Message.of("committee.size.belowMinimum", level, minimumMembers(level), members), CLAUSES);
        }
        if (members % 2 == 0) {
            throw new Refused(Message.of("committee.size.even", members), CLAUSES);
        }
    }

    /** The smallest committee a session at this level may have. */
    public static CommitteeSize minimumFor(Level level) {
        return new CommitteeSize(level, minimumMembers(level));
    }

    static int minimumMembers(Level level) {
        return level.isSenior() ? 25 : 11;
    }

    /** At least two thirds of the committee present: ⌈2m/3⌉, as integers (2m + 2) / 3 (决定 D-7). */
    public int quorum() {
        return twoThirdsRoundedUp(members);
    }

    public boolean quorate(int present) {
        return present >= quorum();
    }

    /**
     * The yes votes an application needs: at least two thirds of the experts present and not recused from it,
     * ⌈2n/3⌉ (决定 D-7, D-9). With nobody able to vote, one yes is still needed, so nothing passes unvoted.
     */
    public static int passMark(int presentAndNotRecused) {
        if (presentAndNotRecused < 0) {
            throw new IllegalArgumentException("negative count " + presentAndNotRecused);
        }
        return Math.max(1, twoThirdsRoundedUp(presentAndNotRecused));
    }

    private static int twoThirdsRoundedUp(int n) {
        return (2 * n + 2) / 3;
    }
}
