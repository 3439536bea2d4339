package cn.zhicheng.app.view;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision as JSON: every message rendered in both languages beside its key, every finding with its clauses and
 * facts, and the rule set that decided it. The ID number is masked.
 */
public record DecisionView(Applicant applicant, String field, Text fieldName, String level, Text title,
                           LocalDate asOf, String verdict, boolean eligible, Text verdictText,
                           List<Channel> greenChannels, List<Text> missing, LocalDate earliestEligible,
                           boolean restsOnProvisional, List<FindingView> findings, ScoreView score,
                           RuleSetView ruleSet) {

    public record Applicant(String name, String idNumber) {
    }

    public record Channel(String code, String clause, Text name) {
    }

    public record FindingView(String rule, List<String> clauses, String outcome, Map<String, Object> facts,
                              String messageKey, Text message, Channel exception, LocalDate passesOn,
                              boolean provisional, List<FindingView> children) {
    }

    public record ScoreView(int total, List<ScoreLine> lines) {
    }

    public record ScoreLine(String id, String clause, int points, Text message, boolean provisional) {
    }

    public record RuleSetView(String annexId, String version, String document, LocalDate effectiveFrom,
                              LocalDate effectiveTo, String sha256) {
    }

    public static DecisionView of(ApplicantFile a, Decision d) {
        return new DecisionView(new Applicant(a.identity().name(), a.identity().maskedIdNumber()),
                d.field().code(), d.field().name(), d.level().name(), d.title().label(), d.asOf(),
                d.verdict().name(), d.eligible(), d.verdict().label(),
                d.greenChannels().stream().map(c -> new Channel(c.name(), c.clause().ref(), c.label())).toList(),
                d.missing().stream().map(Messages::both).toList(), d.earliestEligible().orElse(null),
                d.restsOnProvisional(), d.findings().stream().map(DecisionView::finding).toList(),
                new ScoreView(d.score().total(), d.score().lines().stream().map(l -> new ScoreLine(l.id(),
                        l.clause().ref(), l.points(), Messages.both(l.message()), l.provisional())).toList()),
                new RuleSetView(d.ruleSet().annexId(), d.ruleSet().version(), d.ruleSet().document(),
                        d.ruleSet().effectiveFrom(), d.ruleSet().effectiveTo().orElse(null), d.ruleSet().sha256()));
    }

    private static FindingView finding(Finding f) {
        Map<String, Object> facts = new LinkedHashMap<>();
        f.facts().forEach((k, v) -> facts.put(k, fact(v)));
        return new FindingView(f.rule(), f.clauses().stream().map(Clause::ref).toList(), f.outcome().name(), facts,
                f.message().key(), Messages.both(f.message()),
                f.exception().map(c -> new Channel(c.name(), c.clause().ref(), c.label())).orElse(null),
                f.passesOn().orElse(null), f.provisional(), f.children().stream().map(DecisionView::finding).toList());
    }

    private static Object fact(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Labelled l) {
            return l.label();
        }
        if (v instanceof Message m) {
            return Messages.both(m);
        }
        return v;
    }
}
