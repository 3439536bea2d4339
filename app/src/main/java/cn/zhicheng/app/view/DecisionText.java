package cn.zhicheng.app.view;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Score;
import cn.zhicheng.core.input.Printable;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import java.util.List;
import java.util.stream.Collectors;

/** A decision as readable text: the verdict, then the findings tree, each line citing its clauses. */
public final class DecisionText {

    private final Language language;

    public DecisionText(Language language) {
        this.language = language;
    }

    /** The decision under a line naming the applicant (ID number masked). */
    public String render(ApplicantFile applicant, DecisionRecord d) {
        StringBuilder b = new StringBuilder();
        // the name as written, with any control character shown rather than obeyed (no forged lines above the verdict)
        b.append(Printable.of(applicant.identity().name())).append(" (").append(applicant.identity().maskedIdNumber()).append(")  ");
        return render(b, d);
    }

    /** The decision alone, as read back from its record: the same text the record gave when it was made. */
    public String render(DecisionRecord d) {
        return render(new StringBuilder(), d);
    }

    private String render(StringBuilder b, DecisionRecord d) {
        b.append(language.of(d.field().name())).append(" · ").append(language.of(d.title().label()))
                .append(" (").append(language.of(d.level().label())).append(")  ")
                .append(language.of(new Text("截至", "as of"))).append(' ').append(d.asOf()).append('\n');
        b.append(language.of(new Text("结论", "Verdict"))).append(": ").append(language.of(d.verdict().label()));
        d.earliestEligible().ifPresent(date -> b.append("  ")
                .append(language.of(new Text("最早可申报日期", "earliest eligible on"))).append(' ').append(date));
        b.append('\n');
        List<GreenChannel> channels = d.greenChannels();
        b.append(language.of(new Text("适用的绿色通道", "Green channels applied"))).append(": ")
                .append(channels.isEmpty() ? "-" : channels.stream()
                        .map(c -> c.clause() + " " + language.of(c.label())).collect(Collectors.joining("; ")))
                .append('\n');
        if (!d.missing().isEmpty()) {
            b.append(language.of(new Text("尚缺", "Missing"))).append(":\n");
            for (Message m : d.missing()) {
                language.lines(m).forEach(line -> b.append("  - ").append(line).append('\n'));
            }
        }
        b.append(language.of(new Text("规则集", "Rule set"))).append(": ").append(d.ruleSet().annexId()).append(' ')
                .append(d.ruleSet().version()).append(" (").append(d.ruleSet().document()).append(") ")
                .append(language.of(new Text("条件摘要", "criteria sha256"))).append(' ')
                .append(d.ruleSet().criteriaSha256(), 0, 12).append('\n');
        d.overlay().ifPresent(o -> b.append(language.of(new Text("协会标准", "Association overlay"))).append(": ")
                .append(o.id()).append(' ').append(o.version()).append(" (").append(o.document()).append("; ")
                .append(o.association()).append(") ")
                .append(language.of(new Text("提高的条件", "raised"))).append(' ')
                .append(o.raised().isEmpty() ? "-" : String.join(", ", o.raised())).append(' ')
                // the achievements it added, only when it added some: the lines of overlays that only raise stay
                .append(o.added().isEmpty() ? "" : language.of(new Text("增加的条件", "added")) + " "
                        + String.join(", ", o.added()) + " ")
                .append(language.of(new Text("条件摘要", "criteria sha256"))).append(' ')
                .append(o.criteriaSha256(), 0, 12).append('\n'));
        if (d.provisional()) {
            b.append(language.of(new Text("注意：本结论依据暂定条件（附件原文未公布，决定 D-11），以正式标准为准",
                    "Note: this decision rests on provisional criteria (annex text not published, 决定 D-11); "
                            + "the official criteria prevail"))).append('\n');
        }
        b.append('\n');
        d.findings().forEach(f -> finding(b, f, 0));
        b.append('\n').append(language.of(new Text("量化评分（供评审参考，不作为申报门槛）",
                "Quantified score (for the committee; never a gate)"))).append(": ").append(d.score().total())
                .append('\n');
        for (Score.Line line : d.score().lines()) {
            b.append("  ").append(String.format("%3d", line.points())).append("  ").append(line.clause())
                    .append("  ").append(String.join(" / ", language.lines(line.message())))
                    .append(line.provisional() ? provisional() : "").append('\n');
        }
        return b.toString();
    }

    private void finding(StringBuilder b, Finding f, int depth) {
        String indent = "  ".repeat(depth);
        List<String> lines = language.lines(f.message());
        b.append(indent).append(mark(f)).append(' ').append(f.rule()).append("  [")
                .append(f.clauses().stream().map(Clause::ref).collect(Collectors.joining("; "))).append(']');
        f.exception().filter(x -> f.outcome() != cn.zhicheng.core.eligibility.Outcome.PASSED)
                .ifPresent(x -> b.append("  ⇐ ").append(x.clause()).append(' ').append(language.of(x.label())));
        f.passesOn().ifPresent(date -> b.append("  ").append(language.of(new Text("可于", "passes on"))).append(' ')
                .append(date));
        if (f.provisional()) {
            b.append(provisional());
        }
        b.append('\n');
        for (String line : lines) {
            b.append(indent).append("    ").append(line).append('\n');
        }
        f.children().forEach(c -> finding(b, c, depth + 1));
    }

    private String provisional() {
        return "  (" + language.of(new Text("暂定", "provisional")) + ")";
    }

    private static String mark(Finding f) {
        return switch (f.outcome()) {
            case PASSED -> "[✓]";
            case FAILED -> "[✗]";
            case WAIVED -> "[↷]";
            case INFO -> "[·]";
        };
    }
}
