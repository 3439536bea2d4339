package cn.zhicheng.app.view;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.scrutiny.Check;
import cn.zhicheng.core.scrutiny.Flaw;
import cn.zhicheng.core.scrutiny.Report;
import cn.zhicheng.core.scrutiny.Severity;
import java.util.List;

/**
 * The static-check report as Markdown, in the language asked for (both: Chinese first): what was checked, a table
 * of flaws per check and severity, then every flaw with where it is, its clause and why. The same report gives the
 * same bytes.
 */
public final class ScrutinyText {

    private final Language language;

    public ScrutinyText(Language language) {
        this.language = language;
    }

    public String render(Report report) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(t("标准审查报告", "Static-check report")).append("\n\n");
        int fields = report.fields().size();
        int versions = report.versions().size();
        b.append(t("审查范围：" + fields + " 个领域，" + versions + " 个附件版本，" + report.cases() + " 个用例",
                "Checked: " + fields + " fields, " + versions + " annex versions, " + report.cases() + " cases"))
                .append("\n\n");
        for (RuleSet r : report.versions()) {
            b.append("- ").append(r.annexId()).append(' ').append(r.version()).append(" (").append(r.document())
                    .append(")\n");
        }
        b.append('\n').append("| ").append(t("检查", "check")).append(" | ").append(t("依据", "clause"));
        for (Severity s : Severity.values()) {
            b.append(" | ").append(language.of(s.label()));
        }
        b.append(" |\n|---|---|---:|---:|---:|\n");
        for (Check c : Check.values()) {
            b.append("| ").append(language.of(c.label())).append(" | ").append(c.clause());
            for (Severity s : Severity.values()) {
                b.append(" | ").append(report.of(c).stream().filter(f -> f.severity() == s).count());
            }
            b.append(" |\n");
        }
        b.append('\n').append(report.sound() ? t("结论：未发现缺陷。", "Verdict: no defect found.")
                : t("结论：发现缺陷，须修正。", "Verdict: defects found; they must be corrected.")).append('\n');
        for (Check c : Check.values()) {
            List<Flaw> flaws = report.of(c);
            b.append("\n## ").append(language.of(c.label())).append(" [").append(c.clause()).append("]\n\n");
            if (flaws.isEmpty()) {
                b.append(t("无。", "None.")).append('\n');
            }
            for (Flaw f : flaws) {
                b.append("- **").append(language.of(f.severity().label())).append("** ").append(f.annexId());
                if (!f.version().isEmpty()) {
                    b.append(' ').append(f.version());
                }
                if (!f.field().isEmpty()) {
                    b.append(" · ").append(f.field());
                }
                f.level().ifPresent(l -> b.append(" · ").append(language.of(l.label())));
                f.subject().ifPresent(s -> b.append(" · `").append(s).append('`'));
                b.append(" [").append(f.clause()).append("]: ")
                        .append(String.join(" / ", language.lines(f.message()))).append('\n');
            }
        }
        return b.toString();
    }

    private String t(String zh, String en) {
        return language.of(new Text(zh, en));
    }
}
