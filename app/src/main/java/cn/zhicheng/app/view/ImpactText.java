package cn.zhicheng.app.view;

import cn.zhicheng.app.impact.Impact;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import java.util.Optional;
import java.util.stream.Collectors;

/** An impact as readable text: the two versions, each changed decision with the findings that changed, a summary. */
public final class ImpactText {

    private final Language language;

    public ImpactText(Language language) {
        this.language = language;
    }

    public String render(Impact impact) {
        StringBuilder b = new StringBuilder();
        b.append(language.of(new Text("变更影响评估", "Impact of a change"))).append(": ").append(impact.field())
                .append("  ").append(language.of(new Text("截至", "as of"))).append(' ').append(impact.asOf());
        if (!impact.cutOff().equals(impact.asOf())) {
            b.append("  ").append(language.of(new Text("截止日期", "cut-off"))).append(' ').append(impact.cutOff());
        }
        b.append('\n');
        b.append(language.of(new Text("现行版本", "in force"))).append(": ").append(ruleSet(impact.inForce()))
                .append('\n');
        b.append(language.of(new Text("新版本", "new version"))).append(": ").append(ruleSet(impact.proposed()))
                .append('\n');
        b.append('\n');
        if (impact.changes().isEmpty()) {
            b.append(language.of(new Text("没有结论会改变", "No decision would change"))).append('\n');
        }
        for (Impact.Change c : impact.changes()) {
            b.append(c.where()).append("  ").append(c.name()).append(" (").append(c.maskedIdNumber()).append(")  ")
                    .append(language.of(c.level().label())).append(": ").append(side(c.before())).append(" → ")
                    .append(side(c.after())).append("  [").append(language.of(kind(c.kind()))).append("]\n");
            for (Impact.FindingChange f : c.findings()) {
                Finding any = f.after().or(f::before).orElseThrow();
                b.append("  ").append(mark(f.before())).append(" → ").append(mark(f.after())).append(' ')
                        .append(f.rule()).append("  [")
                        .append(any.clauses().stream().map(Clause::ref).collect(Collectors.joining("; ")))
                        .append("]\n");
                message(b, language.of(new Text("现行", "before")), f.before());
                message(b, language.of(new Text("新版", "after")), f.after());
            }
        }
        b.append('\n').append("== ").append(language.of(new Text("汇总", "Summary"))).append(" ==\n");
        for (Impact.Tally t : impact.tallies()) {
            b.append(impact.field()).append(' ').append(language.of(t.level().label())).append(": ")
                    .append(language.of(new Text("判定", "decided"))).append(' ').append(t.decided()).append(", ")
                    .append(language.of(new Text("未变", "unchanged"))).append(' ').append(t.unchanged()).append(", ")
                    .append(language.of(new Text("变为符合", "became eligible"))).append(' ')
                    .append(t.becameEligible()).append(", ")
                    .append(language.of(new Text("变为不符合", "became not eligible"))).append(' ')
                    .append(t.becameNotEligible()).append(", ")
                    .append(language.of(new Text("其他变化", "other changes"))).append(' ').append(t.other())
                    .append('\n');
        }
        if (!impact.skipped().isEmpty()) {
            b.append(language.of(new Text("跳过（无法读取）", "skipped (unreadable)"))).append(": ")
                    .append(impact.skipped().size()).append('\n');
        }
        return b.toString();
    }

    private String ruleSet(RuleSet r) {
        return r.annexId() + ' ' + r.version() + " (" + language.of(new Text("生效", "effective from")) + ' '
                + r.effectiveFrom() + ")  sha256 " + r.sha256();
    }

    private String side(DecisionRecord d) {
        return language.of(d.verdict().label())
                + d.earliestEligible().map(date -> " (" + language.of(new Text("最早", "earliest")) + ' ' + date + ')')
                        .orElse("");
    }

    private void message(StringBuilder b, String label, Optional<Finding> f) {
        if (f.isEmpty()) {
            b.append("      ").append(label).append(": ").append(language.of(new Text("无此项", "not assessed")))
                    .append('\n');
            return;
        }
        for (String line : language.lines(f.get().message())) {
            b.append("      ").append(label).append(": ").append(line).append('\n');
        }
    }

    private static Text kind(Impact.Kind kind) {
        return switch (kind) {
            case BECAME_ELIGIBLE -> new Text("变为符合", "became eligible");
            case BECAME_NOT_ELIGIBLE -> new Text("变为不符合", "became not eligible");
            case OTHER -> new Text("其他变化", "other change");
        };
    }

    private static String mark(Optional<Finding> f) {
        return f.map(x -> switch (x.outcome()) {
            case PASSED -> "[✓]";
            case FAILED -> "[✗]";
            case WAIVED -> "[↷]";
            case INFO -> "[·]";
        }).orElse("[ ]");
    }
}
