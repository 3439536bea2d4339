package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;

/** The static checks, each with the clause it serves. */
public enum Check implements Labelled {
    UNREACHABLE_LEVEL("二", "无路径可达的层级", "levels no path can reach"),
    REDUNDANT_PATH("附件n", "被其他路径涵盖的路径", "paths another path makes redundant"),
    THRESHOLD_ORDER("决定 D-21", "层级间门槛倒挂", "thresholds out of order between levels"),
    IDLE_CHANNEL("五(二)", "无从适用的绿色通道", "green channels no criterion lets act"),
    VERSION_WINDOWS("决定 D-11", "施行期重叠或有空档的版本", "dated versions that overlap or leave gaps"),
    IDLE_CASE("五(二)", "未检验任何通道的用例", "cases that exercise no channel");

    private final String clause;
    private final Text label;

    Check(String clause, String zh, String en) {
        this.clause = clause;
        this.label = new Text(zh, en);
    }

    public String clause() {
        return clause;
    }

    @Override
    public Text label() {
        return label;
    }
}
