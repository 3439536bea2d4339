package cn.zhicheng.core.review.committee;

/** The ballots cast on one application, as counts only: a multiset of votes, which no order can link to anyone. */
public record Counts(int yes, int no, int abstain) {

    static final Counts NONE = new Counts(0, 0, 0);

    Counts add(Vote vote) {
        return switch (vote) {
            case YES -> new Counts(yes + 1, no, abstain);
            case NO -> new Counts(yes, no + 1, abstain);
            case ABSTAIN -> new Counts(yes, no, abstain + 1);
        };
    }

    public int total() {
        return yes + no + abstain;
    }
}
