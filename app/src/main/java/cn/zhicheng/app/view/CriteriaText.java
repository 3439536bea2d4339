package cn.zhicheng.app.view;

import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.AchievementRule;
import cn.zhicheng.core.criteria.Cited;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.ScoreItem;
import cn.zhicheng.core.eligibility.Requirements;
import cn.zhicheng.core.policy.Text;
import java.util.Optional;

/** A field's criteria as readable text, level by level, each line with its clause and provisional mark. */
public final class CriteriaText {

    private final Language language;

    public CriteriaText(Language language) {
        this.language = language;
    }

    public String render(FieldCriteria c) {
        StringBuilder b = new StringBuilder();
        b.append(c.field().code()).append("  ").append(language.of(c.field().name())).append("  ")
                .append(c.field().annex()).append('\n');
        b.append(language.of(c.field().series().label())).append(" · ").append(language.of(c.field().domain().label()))
                .append(" [").append(c.field().domain().clause()).append("]\n");
        b.append(language.of(new Text("规则集", "Rule set"))).append(": ").append(c.ruleSet().annexId()).append(' ')
                .append(c.ruleSet().version()).append(" (").append(c.ruleSet().document()).append("), ")
                .append(language.of(new Text("施行自", "in force from"))).append(' ').append(c.ruleSet().effectiveFrom())
                .append(c.ruleSet().effectiveTo().map(to -> " – " + to).orElse("")).append('\n');
        if (!c.field().occupations().isEmpty()) {
            b.append(language.of(new Text("服务类别", "Occupations"))).append(" [一(二)]: ");
            c.field().occupations().forEach(o -> b.append(o.code()).append(' ').append(language.of(o.name()))
                    .append("; "));
            b.append('\n');
        }
        for (LevelCriteria level : c.levels().values()) {
            b.append('\n').append("== ").append(language.of(level.title().label())).append(" (")
                    .append(language.of(level.level().label())).append(") ==\n");
            b.append(language.of(new Text("学历资历（满足其一）", "Education and experience (any one)"))).append(":\n");
            level.paths().forEach(p -> path(b, p));
            if (!level.directPaths().isEmpty()) {
                b.append(language.of(new Text("不具备初级职称直接申报（满足其一）",
                        "Without a junior title (any one)"))).append(":\n");
                level.directPaths().forEach(p -> path(b, p));
            }
            achievements(b, level.achievements());
            b.append(language.of(new Text("量化评分项", "Score items"))).append(":\n");
            for (ScoreItem item : level.score().items()) {
                b.append("  - ").append(item.id()).append(cite(item)).append('\n');
            }
        }
        return b.toString();
    }

    private void path(StringBuilder b, EducationPath p) {
        b.append("  - ").append(String.join(" / ", language.lines(Requirements.of(p)))).append(cite(p)).append('\n');
    }

    private void achievements(StringBuilder b, Optional<AchievementRule> rule) {
        if (rule.isEmpty()) {
            b.append(language.of(new Text("业绩成果：无要求", "Achievements: none required"))).append('\n');
            return;
        }
        b.append(language.of(new Text("业绩成果（至少满足 " + rule.get().min() + " 项）",
                "Achievements (at least " + rule.get().min() + ")"))).append(":\n");
        for (Achievement a : rule.get().anyOf()) {
            b.append("  - ").append(language.of(a.name())).append(cite(a)).append('\n');
        }
    }

    private String cite(Cited c) {
        return "  [" + c.clause() + "]" + (c.provisional()
                ? "  (" + language.of(new Text("暂定", "provisional")) + ": " + c.source() + ")" : "");
    }
}
