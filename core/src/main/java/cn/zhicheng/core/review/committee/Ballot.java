package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

/**
 * One member's secret ballot on one application, as it is handed to the {@link BallotBox}. The box keeps who voted
 * apart from what was cast and never stores the ballot itself, so a ballot exists only on its way in.
 */
public record Ballot(String applicationId, String member, Vote vote) {

    public Ballot {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(member, "member is null");
        requireNonNull(vote, "vote is null");
    }
}
