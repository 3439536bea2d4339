package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;
import java.util.List;
import java.util.Optional;

/**
 * Where an application stands in the procedure of 六, with the clause each stage rests on. The stages of the main
 * line carry their step, in order; the side stages (withdrawn, returned, refused, revoked, under appeal) have none.
 */
public enum Stage implements Labelled {
    DRAFT("草稿", "draft", 0, "六(一)"),
    SUBMITTED("已申报", "submitted", 1, "六(一)"),
    RECOMMENDED("已推荐", "recommended", 2, "六(二)"),
    RECOMMENDATION_PUBLICITY("推荐公示中", "in recommendation publicity", 3, "六(二)"),
    /** 经当地人社部门审核汇总后报送到省人力资源和社会保障厅: the notice puts this at the end of 六(二). */
    AGGREGATED("已审核汇总报送", "aggregated and sent to the province", 4, "六(二)"),
    QUALIFICATION_REVIEW("资格审核中", "in qualification review", 5, "六(三)"),
    QUALIFIED("资格审核通过", "qualified", 6, "六(三)"),
    IN_EXPERT_REVIEW("专家评审中", "in expert review", 7, "六(四)", "七(二)"),
    PASSED("评审通过", "passed the review", 8, "六(四)"),
    FAILED_REVIEW("评审未通过", "failed the review", 8, "六(四)"),
    RESULT_PUBLICITY("结果公示中", "in result publicity", 9, "六(五)"),
    CERTIFIED("已发证", "certified", 10, "六(六)"),
    /** The applicant leaves before the expert review: applying is voluntary (五(三)1 自愿参加). */
    WITHDRAWN("已撤回", "withdrawn", -1, "五(三)1"),
    RETURNED_FOR_CORRECTION("退回补正", "returned for correction", -1, "六(三)", "决定 D-6"),
    REFUSED("不予通过", "refused", -1, "五(一)1", "六(三)", "决定 D-6"),
    REVOKED("已撤销", "revoked", -1, "决定 D-13"),
    UNDER_APPEAL("复查中", "under re-examination", -1, "决定 D-10");

    private final Text label;
    private final int step;
    private final List<Clause> clauses;

    Stage(String zh, String en, int step, String... clauses) {
        this.label = new Text(zh, en);
        this.step = step;
        this.clauses = java.util.Arrays.stream(clauses).map(Clause::new).toList();
    }

    @Override
    public Text label() {
        return label;
    }

    /** The clauses this stage rests on. */
    public List<Clause> clauses() {
        return clauses;
    }

    /** The stage's step on the main line of 六, or empty for a side stage. */
    public Optional<Integer> step() {
        return step < 0 ? Optional.empty() : Optional.of(step);
    }
}
