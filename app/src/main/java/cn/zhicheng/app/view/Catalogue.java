package cn.zhicheng.app.view;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.AchievementRule;
import cn.zhicheng.core.criteria.Cited;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.eligibility.Requirements;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.Annexes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The published catalogue of criteria (标准公开, 七(二) 四公开): every field, the version in force on a date and the
 * history of its versions, its green channels (五(二)) and, level by level, its paths and achievements, each with its
 * clause and, when provisional (决定 D-11), its source. Built as {@link Block}s in one language, so the same
 * catalogue is written as Markdown or HTML, and a web page can render the same blocks.
 */
public final class Catalogue {

    private final Language language;

    /** A catalogue in one language: {@link Language#zh} or {@link Language#en}. */
    public Catalogue(Language language) {
        if (language == Language.both) {
            throw new IllegalArgumentException("a published page is in one language");
        }
        this.language = language;
    }

    public String title() {
        return t("吉林省新职业（新业态）职称评价标准目录", "Jilin new-occupation title criteria: the published catalogue");
    }

    public List<Block> blocks(Annexes annexes, LocalDate asOf) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, title(), ""));
        out.add(new Block.Paragraph(t("依据吉人社规〔2021〕5号，截至 " + asOf + " 施行的评价条件（七(二)“四公开”）。标注“暂定”的条件，"
                        + "其附件原文尚未公布，以正式标准为准（决定 D-11）。",
                "The criteria in force on " + asOf + " under 吉人社规〔2021〕5号 (七(二): policy, standards, procedure and "
                        + "results are public). Criteria marked provisional stand in for annex texts not yet published; "
                        + "the official criteria prevail (决定 D-11).")));
        List<List<String>> rows = new ArrayList<>();
        for (FieldCriteria f : annexes.fields()) {
            rows.add(List.of(f.field().code(), f.field().annex().ref(), language.of(f.field().name()),
                    language.of(f.field().series().label()), inForce(annexes, f.field().code(), asOf)
                            .map(v -> v.ruleSet().version()).orElse(t("未施行", "none in force"))));
        }
        out.add(new Block.Table(List.of(t("代码", "code"), t("附件", "annex"), t("领域", "field"), t("系列", "series"),
                t("施行版本", "version in force")), rows));
        for (FieldCriteria latest : annexes.fields()) {
            field(out, annexes, latest.field().code(), asOf);
        }
        return List.copyOf(out);
    }

    private void field(List<Block> out, Annexes annexes, String code, LocalDate asOf) {
        List<FieldCriteria> versions = annexes.ruleBook().versions(code);
        FieldCriteria shown = inForce(annexes, code, asOf).orElse(versions.get(versions.size() - 1));
        out.add(new Block.Heading(2, code + " " + language.of(shown.field().name()) + " (" + shown.field().annex()
                + ")", code.toLowerCase(java.util.Locale.ROOT)));
        out.add(new Block.Paragraph(language.of(shown.field().series().label()) + " · "
                + language.of(shown.field().domain().label()) + " [" + shown.field().domain().clause() + "]"
                + (shown.field().occupations().isEmpty() ? "" : " · " + t("服务类别", "occupations") + " [一(二)]: "
                + shown.field().occupations().stream().map(o -> language.of(o.name()))
                .collect(Collectors.joining(t("、", ", "))))));
        out.add(new Block.Heading(3, t("版本沿革", "Versions"), ""));
        List<List<String>> rows = new ArrayList<>();
        for (FieldCriteria v : versions) {
            RuleSet r = v.ruleSet();
            rows.add(List.of(r.version() + (v == shown && r.inForceOn(asOf) ? " ✓" : ""), r.document(),
                    r.effectiveFrom().toString(), end(versions, v), r.sha256().substring(0, 12)));
        }
        out.add(new Block.Table(List.of(t("版本", "version"), t("文件", "document"), t("施行自", "from"),
                t("施行至", "until"), "sha256"), rows));
        out.add(new Block.Paragraph(shown.ruleSet().inForceOn(asOf)
                ? t("✓ 为 " + asOf + " 施行的版本，下列条件即该版本。", "✓ marks the version in force on " + asOf
                        + "; the criteria below are that version's.")
                : t(asOf + " 无施行版本；下列为最新版本的条件。", "No version is in force on " + asOf
                        + "; the criteria below are the latest version's.")));
        channels(out, shown);
        for (Level level : Level.awarded()) {
            level(out, shown.at(level));
        }
    }

    private void channels(List<Block> out, FieldCriteria f) {
        out.add(new Block.Heading(3, t("绿色通道", "Green channels") + " [五(二)]", ""));
        List<List<String>> rows = new ArrayList<>();
        for (GreenChannel c : GreenChannel.values()) {
            rows.add(List.of(c.clause().ref(), language.of(c.label()), applies(f, c)));
        }
        out.add(new Block.Table(List.of(t("条款", "clause"), t("通道", "channel"), t("在本领域", "in this field")), rows));
    }

    /** Where a channel acts in the field, as its criteria show it. */
    private String applies(FieldCriteria f, GreenChannel c) {
        return switch (c) {
            case MAJOR_UNRESTRICTED -> t("各层级：专业不限", "every level: any major");
            case WORKS_REPLACE_PAPERS -> t("各层级：论文不作要求，代表作可替代", "every level: papers never required");
            case CERTIFICATES_NOT_REQUIRED -> t("各层级：不作要求，可在量化评分中加分", "every level: never required; points only");
            case DIRECT_INTERMEDIATE -> f.directIntermediate()
                    ? t("中级：未取得初级职称可直接申报，年限由初级路径推导（决定 D-1、D-2）",
                            "intermediate: without a junior title, years derived from the junior path (决定 D-1, D-2)")
                    : t("本附件对本领域关闭（决定 D-1）", "switched off for this field by the annex (决定 D-1)");
            case OUTSTANDING_TALENT -> t("副高级、正高级：不受学历、资历限制；正高级仍须副高级职称（决定 D-3、D-19）",
                    "associate senior and full senior: regardless of degree and seniority; full senior still needs "
                            + "the associate senior title (决定 D-3, D-19)");
            case TRAINING_REDUCES_YEARS -> {
                List<String> levels = Level.awarded().stream().filter(l -> asksYears(f.at(l)))
                        .map(l -> language.of(l.label())).toList();
                yield levels.isEmpty() ? t("本领域路径均无年限要求", "no path of the field asks for years")
                        : String.join(t("、", ", "), levels) + t("：年限要求各减一年（决定 D-4、D-18）",
                                ": every years requirement less one (决定 D-4, D-18)");
            }
        };
    }

    private static boolean asksYears(LevelCriteria at) {
        return Stream.concat(at.paths().stream(), at.directPaths().stream())
                .anyMatch(p -> p.professionalYears() > 0 || p.yearsSincePriorTitle() > 0);
    }

    private void level(List<Block> out, LevelCriteria at) {
        out.add(new Block.Heading(3, language.of(at.title().label()) + " (" + language.of(at.level().label()) + ")",
                ""));
        List<List<String>> paths = new ArrayList<>();
        at.paths().forEach(p -> paths.add(path(t("基本路径", "base path"), p)));
        at.directPaths().forEach(p -> paths.add(path(t("直接申报（五(二)2）", "direct (五(二)2)"), p)));
        out.add(new Block.Paragraph(t("学历资历（满足其一）", "Education and experience (any one)")));
        out.add(new Block.Table(List.of(t("路径", "path"), t("条件", "requirement"), t("条款", "clause"),
                t("状态", "status")), paths));
        if (at.achievements().isEmpty()) {
            out.add(new Block.Paragraph(t("业绩成果：无要求", "Achievements: none required")));
            return;
        }
        AchievementRule rule = at.achievements().get();
        out.add(new Block.Paragraph(t("业绩成果（至少满足 " + rule.min() + " 项"
                        + (rule.minPrincipal() > 0 ? "，其中主持 " + rule.minPrincipal() + " 项" : "") + "）",
                "Achievements (at least " + rule.min() + (rule.minPrincipal() > 0 ? ", " + rule.minPrincipal()
                        + " as principal" : "") + ")")));
        List<List<String>> rows = new ArrayList<>();
        for (Achievement a : rule.anyOf()) {
            rows.add(List.of(a.id(), language.of(a.name()), a.clause(), status(a)));
        }
        out.add(new Block.Table(List.of("id", t("条件", "requirement"), t("条款", "clause"), t("状态", "status")),
                rows));
    }

    private List<String> path(String kind, EducationPath p) {
        return List.of(kind, String.join(" ", language.lines(Requirements.of(p))), p.clause(), status(p));
    }

    private String status(Cited c) {
        return c.provisional() ? t("暂定", "provisional") + ": " + c.source() : t("正式", "official");
    }

    private String end(List<FieldCriteria> versions, FieldCriteria v) {
        int i = versions.indexOf(v);
        return v.ruleSet().effectiveTo().map(LocalDate::toString)
                .orElse(i + 1 < versions.size() ? versions.get(i + 1).ruleSet().effectiveFrom().minusDays(1).toString()
                        : "—");
    }

    private java.util.Optional<FieldCriteria> inForce(Annexes annexes, String code, LocalDate asOf) {
        return annexes.ruleBook().inForce(code, asOf) instanceof RuleBook.InForce in
                ? java.util.Optional.of(in.criteria()) : java.util.Optional.empty();
    }

    private String t(String zh, String en) {
        return language.of(new Text(zh, en));
    }
}
