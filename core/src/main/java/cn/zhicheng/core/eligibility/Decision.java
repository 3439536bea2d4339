package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Title;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "may this applicant apply for this title in this field on this date?", with its explanation: the
 * findings tree, the green channels applied, what is missing, the earliest date of eligibility when only time is
 * missing, the quantified score, and the rule set (annex version and hash) that decided it.
 */
public record Decision(Field field, Level level, Title title, LocalDate asOf, LocalDate cutOff, Verdict verdict,
                       List<Finding> findings, List<GreenChannel> greenChannels, List<Message> missing,
                       Optional<LocalDate> earliestEligible, Score score, RuleSet ruleSet) {

    public Decision {
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(title, "title is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(cutOff, "cutOff is null");
        requireNonNull(verdict, "verdict is null");
        findings = Owned.copyOf(findings);
        greenChannels = List.copyOf(greenChannels);
        missing = Owned.copyOf(missing);
        requireNonNull(earliestEligible, "earliestEligible is null");
        requireNonNull(score, "score is null");
        requireNonNull(ruleSet, "ruleSet is null");
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }

    /** True when any finding that counted rests on a provisional criterion (决定 D-11). */
    public boolean restsOnProvisional() {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).anyProvisional()) {
                return true;
            }
        }
        return false;
    }

    public Optional<Finding> finding(String ruleId) {
        for (int i = 0; i < findings.size(); i++) {
            Optional<Finding> found = findings.get(i).find(ruleId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
