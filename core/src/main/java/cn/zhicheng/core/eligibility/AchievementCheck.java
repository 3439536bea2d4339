package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.AchievementRule;
import cn.zhicheng.core.criteria.FanAchievement;
import cn.zhicheng.core.criteria.SalesAchievement;
import cn.zhicheng.core.criteria.ServiceHoursAchievement;
import cn.zhicheng.core.criteria.WorkWindow;
import cn.zhicheng.core.criteria.WorksAchievement;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A level's achievement requirement, met by representative works (五(二)3): patents, reports, plans, papers (决定
 * D-20), sales amounts, fan counts and the rest count, and no paper is ever required. Works dated after the
 * evaluation date do not count; quantified records count in full inside the round's window, or not at all (决定
 * D-17).
 */
final class AchievementCheck {

    /**
     * What an achievement says whoever is counted: its rule id in the level's requirement and as added, its clause,
     * the kinds of works it counts, and for works the result in words by the number counted (the first few, said when
     * first met and kept).
     */
    private record Words(String id, String added, List<Clause> clauses, EnumSet<WorkKind> kinds, Message[] results) {

        static Words of(Achievement x) {
            EnumSet<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
            if (x instanceof WorksAchievement w) {
                kinds.addAll(w.kinds());
            }
            return new Words(RuleIds.achievement(x.id()), RuleIds.added(x.id()), List.of(x.citation()), kinds,
                    new Message[16]);
        }

        /** "counted n of min" for works; two evaluations at once may each say it and store equal messages. */
        Message result(WorksAchievement w, int count) {
            if (count >= results.length) {
                return Message.owned("works.result", w.name(), count, w.min());
            }
            Message said = results[count];
            if (said == null) {
                said = Message.owned("works.result", w.name(), count, w.min());
                results[count] = said;
            }
            return said;
        }
    }

    private static final Memo<Achievement, Words> WORDS = new Memo<>(Words::of, 4096);

    /** The requirement's clauses: the field's annex, and 五(二)3 for works in place of papers. */
    private static final Memo<Field, List<Clause>> CLAUSES = new Memo<>(
            field -> List.of(field.annex(), new Clause("五(二)3")), 1024);

    /**
     * An achievement's finding when it is not explained, by whether it is provisional and whether it passed: it says
     * nothing else, so one object serves every such count of any achievement.
     */
    private static final Finding[][] UNEXPLAINED = {unexplained(RuleIds.achievement("*"), false),
        unexplained(RuleIds.achievement("*"), true)};

    /** The same for the level's requirement as a whole, by whether it is provisional and whether it is met. */
    private static final Finding[][] REQUIREMENT_UNEXPLAINED = {unexplained(RuleIds.ACHIEVEMENTS, false),
        unexplained(RuleIds.ACHIEVEMENTS, true)};

    private static Finding[] unexplained(String rule, boolean provisional) {
        Finding[] out = new Finding[2];
        for (Outcome o : List.of(Outcome.FAILED, Outcome.PASSED)) {
            out[o == Outcome.PASSED ? 1 : 0] = new Finding(rule, List.of(), o, Map.of(), Subject.UNEXPLAINED,
                    Optional.empty(), Optional.empty(), provisional, List.of(), List.of());
        }
        return out;
    }

    /** The requirement of a level that sets none, unexplained. */
    private static final Finding NONE_UNEXPLAINED = Subject.unexplained(RuleIds.ACHIEVEMENTS)[Outcome.INFO.ordinal()];

    private AchievementCheck() {
    }

    /**
     * The achievements apply to everyone, outstanding talents too: 五(二)5 and 决定 D-3 waive degree, seniority,
     * papers and awards, and no achievement here requires a paper or an award (五(二)3) — performance (业绩) stays
     * the measure (五(一)1). What the count rests on: the evaluation date and the round's cut-off date that fixes
     * the windows of 决定 D-17 (both of the subject), and the day from which works count "since the current title"
     * (决定 D-15).
     */
    static Finding check(Subject s, Field field, Optional<AchievementRule> rule, LocalDate sinceTitle) {
        if (rule.isEmpty()) {
            return !s.explain() ? NONE_UNEXPLAINED : Finding.leaf(RuleIds.ACHIEVEMENTS, field.annex(), Outcome.INFO,
                    Map.of(), Message.owned("achievements.none"));
        }
        AchievementRule r = rule.get();
        int size = r.anyOf().size();
        // the achievements counted are the requirement's explanation: kept only when it is written down
        Finding[] met = s.explain() ? new Finding[size] : null;
        long passed = 0;
        // 决定 D-21: of the achievements met, those that show work as principal
        long principal = 0;
        boolean provisional = false;
        for (int i = 0; i < size; i++) {
            Achievement x = r.anyOf().get(i);
            Finding counted = check(s, x, sinceTitle);
            if (met != null) {
                met[i] = counted;
            }
            if (counted.outcome() == Outcome.PASSED) {
                passed++;
                principal += x.asPrincipal() ? 1 : 0;
            }
            provisional |= x.provisional();
        }
        boolean ok = passed >= r.min() && principal >= r.minPrincipal();
        if (!s.explain()) {
            return REQUIREMENT_UNEXPLAINED[provisional ? 1 : 0][ok ? 1 : 0];
        }
        List<Finding> children = Owned.of(met);
        Map<String, Object> facts = Facts.of("passed", passed, "passedAsPrincipal", principal, "required", r.min(),
                "requiredAsPrincipal", r.minPrincipal());
        Message message = r.minPrincipal() == 0
                ? Message.owned(ok ? "achievements.passed" : "achievements.failed", passed, r.min())
                : Message.owned(ok ? "achievements.passedPrincipal" : "achievements.failedPrincipal", passed, r.min(),
                        principal, r.minPrincipal());
        return new Finding(RuleIds.ACHIEVEMENTS, CLAUSES.get(field),
                ok ? Outcome.PASSED : Outcome.FAILED, facts, message, Optional.empty(), Optional.empty(),
                provisional, children);
    }

    /**
     * The achievements an association's overlay adds besides the level's requirement (四, 决定 D-12): each is counted
     * as the same achievement in the requirement would be, and each is a finding of its own, citing the overlay's
     * clause, that blocks when it is not met — all of them must hold. The province adds none: no finding then.
     */
    static Finding added(Subject s, Achievement x, LocalDate sinceTitle) {
        Finding f = check(s, x, sinceTitle);
        return !s.explain() ? f : new Finding(WORDS.get(x).added(), f.clauses(), f.outcome(), f.facts(),
                f.message(), f.exception(), f.passesOn(), f.provisional(), f.children(), f.evidence());
    }

    private static Finding check(Subject s, Achievement achievement, LocalDate sinceTitle) {
        // Java 17 has no pattern switch; the permitted subtypes are exhausted here in order.
        if (achievement instanceof WorksAchievement w) {
            return works(s, w, sinceTitle);
        } else if (achievement instanceof SalesAchievement x) {
            return QuantifiedRecords.sales(s, x);
        } else if (achievement instanceof FanAchievement f) {
            return fans(s, f);
        }
        return QuantifiedRecords.service(s, (ServiceHoursAchievement) achievement);
    }

    private static Finding works(Subject s, WorksAchievement w, LocalDate sinceTitle) {
        LocalDate since = w.window() == WorkWindow.SINCE_PRIOR_TITLE ? sinceTitle : LocalDate.MIN;
        LocalDate asOf = s.asOf();
        List<RepresentativeWork> works = s.applicant().works();
        boolean explain = s.explain();
        // the kinds as a set over the enum's ordinals, never changed once made
        Words words = WORDS.get(w);
        EnumSet<WorkKind> kinds = words.kinds();
        int count = 0;
        for (int i = 0; i < works.size(); i++) {
            count += counts(works.get(i), w, kinds, asOf, since) ? 1 : 0;
        }
        if (!explain) {
            return result(w, count >= w.min(), Map.of(), Subject.UNEXPLAINED, List.of());
        }
        // the titles and ids of the works counted, in the file's order, in arrays of their number
        Object[] titles = count == 0 ? null : new Object[count];
        String[] ids = count == 0 ? null : new String[count];
        for (int i = 0, n = 0; n < count; i++) {
            RepresentativeWork x = works.get(i);
            if (counts(x, w, kinds, asOf, since)) {
                titles[n] = x.title();
                ids[n++] = x.id();
            }
        }
        List<Object> counted = count == 0 ? List.of() : Owned.of(titles);
        Map<String, Object> facts = w.window() == WorkWindow.SINCE_PRIOR_TITLE
                ? Facts.of("counted", count, "countedSince", since, "min", w.min(), "titles", counted)
                : Facts.of("counted", count, "min", w.min(), "titles", counted);
        return result(w, count >= w.min(), facts, words.result(w, count), count == 0 ? List.of() : Owned.of(ids));
    }

    /** Whether a work counts: dated by the date, of the kinds, as principal where asked, since the day given. */
    private static boolean counts(RepresentativeWork x, WorksAchievement w, EnumSet<WorkKind> kinds, LocalDate asOf,
                                  LocalDate since) {
        return !x.date().isAfter(asOf) && kinds.contains(x.kind())
                && (!w.principal() || x.role() == WorkRole.PRINCIPAL) && !x.date().isBefore(since);
    }

    private static Finding fans(Subject s, FanAchievement f) {
        Window window = Window.snapshot(f.withinYears(), s.cutOff());
        List<RepresentativeWork> works = s.applicant().works();
        RepresentativeWork best = null;
        long count = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork x = works.get(i);
            if (x.date().isAfter(s.asOf()) || x.kind() != WorkKind.FAN_COUNT || x.fans().isEmpty()
                    || !window.contains(x.fans().get().asOf())) {
                continue;
            }
            // the largest count, and of equal counts the first
            if (best == null || x.fans().get().count() > count) {
                best = x;
                count = x.fans().get().count();
            }
        }
        if (!s.explain()) {
            return result(f, count >= f.min(), Map.of(), Subject.UNEXPLAINED, List.of());
        }
        String platform = best == null ? "-" : best.fans().get().platform();
        return result(f, count >= f.min(), Facts.of("fans", count, "min", f.min(), "platform", platform,
                        "windowFrom", window.from(), "windowTo", window.to()),
                Message.owned("fans.result", f.name(), count, platform, f.min(), window.from(), window.to()),
                best == null ? List.of() : List.of(best.id()));
    }

    static Finding result(Achievement x, boolean passed, Map<String, Object> facts, Message message,
                          List<String> evidence) {
        if (message == Subject.UNEXPLAINED) {
            return UNEXPLAINED[x.provisional() ? 1 : 0][passed ? 1 : 0];
        }
        Words words = WORDS.get(x);
        return new Finding(words.id(), words.clauses(), passed ? Outcome.PASSED : Outcome.FAILED, facts, message,
                Optional.empty(), Optional.empty(), x.provisional(), List.of(), evidence);
    }
}
