package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;

/**
 * Kinds of representative work. The first ten are those 五(二)3 lets replace papers; papers still count when an
 * applicant has them; service records are the social-service evidence proposed under 决定 D-11.
 */
public enum WorkKind implements cn.zhicheng.core.policy.Labelled {
    PATENT("专利成果", "patent", "五(二)3"),
    PROJECT_REPORT("项目报告", "project report", "五(二)3"),
    ENGINEERING_PLAN("工程方案", "engineering plan", "五(二)3"),
    DESIGN_DOCUMENT("设计文件", "design document", "五(二)3"),
    SOFT_RESEARCH_REPORT("软课题研究报告", "soft-topic research report", "五(二)3"),
    FEASIBILITY_STUDY("可行性研究报告", "feasibility study", "五(二)3"),
    PLANNING_DESIGN("规划设计方案", "planning and design scheme", "五(二)3"),
    PROCESS_STANDARD("工艺流程开发标准", "process development standard", "五(二)3"),
    SALES_AMOUNT("营销额", "sales amount", "五(二)3"),
    FAN_COUNT("粉丝量", "fan count", "五(二)3"),
    PAPER("论文", "paper", "五(二)3"),
    SERVICE_RECORD("服务记录", "service record", "决定 D-11");

    private final Text label;
    private final Clause clause;

    WorkKind(String zh, String en, String clause) {
        this.label = new Text(zh, en);
        this.clause = new Clause(clause);
    }

    public Text label() {
        return label;
    }

    public Clause clause() {
        return clause;
    }
}
