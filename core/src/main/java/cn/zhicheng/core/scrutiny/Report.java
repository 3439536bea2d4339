package cn.zhicheng.core.scrutiny;

import cn.zhicheng.core.criteria.RuleSet;
import java.util.List;

/**
 * What the static checks found over a set of annexes: every flaw in report order, and what was looked at (the
 * annex versions, the fields, and how many cases were run; none when no cases were given).
 */
public record Report(List<RuleSet> versions, List<String> fields, int cases, List<Flaw> flaws) {

    public Report {
        versions = List.copyOf(versions);
        fields = List.copyOf(fields);
        flaws = flaws.stream().sorted(Flaw.ORDER).toList();
    }

    public List<Flaw> of(Severity severity) {
        return flaws.stream().filter(f -> f.severity() == severity).toList();
    }

    public List<Flaw> of(Check check) {
        return flaws.stream().filter(f -> f.check() == check).toList();
    }

    /** Whether the criteria pass: no defect found. */
    public boolean sound() {
        return of(Severity.DEFECT).isEmpty();
    }
}
