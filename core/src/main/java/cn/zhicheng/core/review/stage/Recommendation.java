package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.policy.Clause;

/**
 * A recommender's review of an application (五(三)1, 六(二)): which kind of body it is, and its assessment of the
 * applicant's ethics and professional conduct (品德, 五(一)1). Ethics is assessed here and nowhere else — it is never
 * scored — so a negative assessment ends the application at this step.
 */
public record Recommendation(RecommenderKind kind, String recommender, Ethics ethics, String remarks) {

    public static final Clause ETHICS = Clause.notice("五(一)1");

    /** The recommender's assessment of 品德 (五(一)1). */
    public enum Ethics { POSITIVE, NEGATIVE }

    public Recommendation {
        requireNonNull(kind, "kind is null");
        requireNonNull(recommender, "recommender is null");
        requireNonNull(ethics, "ethics is null");
        requireNonNull(remarks, "remarks is null");
        if (ethics == Ethics.NEGATIVE && remarks.isBlank()) {
            // the applicant is told why: a negative assessment without its grounds could not be appealed or audited
            throw new IllegalArgumentException("a negative assessment of ethics gives its grounds");
        }
    }

    /** The act this recommendation is: recommend, or decline on ethics, which refuses the application (五(一)1). */
    public Act act() {
        return ethics == Ethics.POSITIVE ? Act.RECOMMEND : Act.DECLINE_ON_ETHICS;
    }
}
