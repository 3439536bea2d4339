package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/** The acts of the review procedure; {@link Transitions} says from where each leads, who takes it and why. */
public enum Act implements Labelled {
    SUBMIT("提交申报", "submit"),
    RESUBMIT("补正后重新提交", "resubmit after correction"),
    WITHDRAW("撤回申报", "withdraw"),
    RECOMMEND("审核推荐", "recommend"),
    DECLINE_ON_ETHICS("品德评价否定，不予推荐", "decline: negative assessment of ethics"),
    PUBLICISE_RECOMMENDATION("推荐公示", "publicise the recommendation"),
    LODGE_OBJECTION("提出异议", "lodge an objection"),
    DISMISS_OBJECTION("异议不成立", "dismiss the objection"),
    UPHOLD_OBJECTION_AND_RETURN("异议成立，退回补正", "uphold the objection and return"),
    UPHOLD_OBJECTION_AND_REFUSE("异议成立，终止申报", "uphold the objection and end the application"),
    AGGREGATE("审核汇总报送", "aggregate and send to the province"),
    RETURN_FOR_CORRECTION("退回补正", "return for correction"),
    BEGIN_QUALIFICATION_REVIEW("开始资格审核", "begin the qualification review"),
    QUALIFY("资格审核通过", "qualify"),
    REFUSE_AT_QUALIFICATION("资格审核不通过", "refuse at the qualification review"),
    BEGIN_EXPERT_REVIEW("提交评审委员会评审", "begin the expert review"),
    RECORD_VOTE_PASSED("记录表决结果：通过", "record the vote: passed"),
    RECORD_VOTE_FAILED("记录表决结果：未通过", "record the vote: failed"),
    PUBLICISE_RESULT("结果公示", "publicise the result"),
    CERTIFY("颁发职称证书", "issue the certificate"),
    REQUEST_APPEAL("申请复查", "ask for re-examination"),
    GRANT_APPEAL("复查成立，重新评审", "grant the re-examination"),
    DISMISS_APPEAL("复查维持原结果", "dismiss the re-examination"),
    REVOKE("因弄虚作假撤销职称", "revoke for fraud");

    private final Text label;

    Act(String zh, String en) {
        this.label = new Text(zh, en);
    }

    @Override
    public Text label() {
        return label;
    }
}
