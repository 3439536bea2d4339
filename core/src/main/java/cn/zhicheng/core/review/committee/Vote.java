package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/** What a ballot says on one application (决定 D-7, 七(二): 无记名投票). */
public enum Vote implements Labelled {
    YES("同意", "yes"),
    NO("不同意", "no"),
    ABSTAIN("弃权", "abstain");

    private final String zh;
    private final String en;

    Vote(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public Text label() {
        return new Text(zh, en);
    }
}
