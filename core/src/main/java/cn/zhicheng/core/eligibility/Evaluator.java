package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Decides whether an applicant may apply for a field's title at a level on a date, and explains it clause by
 * clause: scope (一, 五(三)), the ladder with its green-channel exceptions (五(二)2, 5, 6), the waived major,
 * paper and certificate requirements (五(二)1, 3, 4), the achievements, and the quantified score. Pure: the date
 * comes in as an argument.
 */
public final class Evaluator {

    /** The decision on a date, the round's cut-off date being that date (决定 D-17). */
    public Decision evaluate(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf) {
        return evaluate(applicant, criteria, level, asOf, asOf);
    }

    /**
     * The decision on a date for a round whose cut-off date fixes the windows in which sales amounts and service
     * hours count (决定 D-17: the last N full calendar years before the cut-off's year).
     */
    public Decision evaluate(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf,
                             LocalDate cutOff) {
        Evaluation e = decide(applicant, criteria, level, asOf, cutOff, true);
        return new Decision(criteria.field(), level, e.at().title(), asOf, cutOff, e.verdict(), e.findings(),
                channels(e.findings()), missing(e.findings()), e.earliest(),
                Scoring.score(e.subject(), e.at().score()), criteria.ruleSet());
    }

    /**
     * The verdict alone, for screening a whole round: the same evaluation as {@link #evaluate}, taking the same
     * steps and branches, without writing the explanation down (no words, facts, score or missing list). The
     * verdict and the earliest date are always those of the explained decision.
     */
    public Screening screen(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf) {
        return screen(applicant, criteria, level, asOf, asOf);
    }

    /** The same, with the round's cut-off date for achievement windows (决定 D-17). */
    public Screening screen(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf,
                            LocalDate cutOff) {
        Evaluation e = decide(applicant, criteria, level, asOf, cutOff, false);
        return new Screening(e.verdict(), e.earliest());
    }

    /** What one evaluation found: the criteria of the level, the findings in order, the verdict and its date. */
    private record Evaluation(Subject subject, LevelCriteria at, List<Finding> findings, Verdict verdict,
                              Optional<LocalDate> earliest) {
    }

    private static Evaluation decide(ApplicantFile applicant, FieldCriteria criteria, Level level, LocalDate asOf,
                                     LocalDate cutOff, boolean explain) {
        requireNonNull(applicant, "applicant is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(cutOff, "cutOff is null");
        if (!level.awardedInThisScheme()) {
            throw new IllegalArgumentException("二 sets no " + level + " title in this scheme");
        }
        LevelCriteria at = criteria.at(level);
        var field = criteria.field();
        Subject subject = Subject.of(applicant, asOf, explain);

        List<Finding> scope = Scope.check(subject, field, level);
        Outcome scopeOutcome = anyBlocks(scope) ? Outcome.FAILED : Outcome.PASSED;
        // unexplained, the group says only its outcome: its leaves are its explanation
        Finding scopeGroup = !explain ? SCOPE_UNEXPLAINED[scopeOutcome.ordinal()]
                : new Finding(RuleIds.SCOPE, SCOPE_CLAUSES, scopeOutcome, Map.of(), SCOPE_GROUP, Optional.empty(),
                        Optional.empty(), false, scope);

        if (!explain && scopeGroup.outcome().blocks()) {
            // a finding that blocks with no date to pass on makes the verdict INELIGIBLE whatever else is found
            // (see the verdict below), and no scope finding has such a date; the explained decision goes on to
            // show the rest
            return new Evaluation(subject, at, List.of(scopeGroup), Verdict.INELIGIBLE, Optional.empty());
        }
        LadderCheck.Result ladder = LadderCheck.check(subject, field, at);
        List<Finding> achievements = achievements(subject, field, at, ladder, cutOff);
        // 决定 D-15: holding a junior title must never leave anyone worse off than not holding it. When the works
        // since that title are not enough, the decision may rest on 五(二)2, now or once its years are complete.
        // The achievements an overlay adds count from the same day as the requirement (四, 决定 D-12).
        if (anyBlocks(achievements) && !ladder.direct()) {
            Optional<LadderCheck.Result> direct = LadderCheck.directOnly(subject, field, at, ladder.base())
                    .filter(d -> !d.finding().outcome().blocks() || d.finding().passesOn().isPresent());
            if (direct.isPresent()) {
                List<Finding> retried = achievements(subject, field, at, direct.get(), cutOff);
                if (!anyBlocks(retried)) {
                    ladder = direct.get();
                    achievements = retried;
                }
            }
        }

        // at most: rule set, scope, major, ladder, the achievements, sales records, papers, certificates
        Finding[] all = new Finding[7 + achievements.size()];
        int n = 0;
        all[n++] = inForce(subject, criteria, asOf);
        all[n++] = scopeGroup;
        if (explain) {
            // 五(二)1 waives the major for everyone: it never blocks, and is said only when explaining
            all[n++] = major(applicant);
        }
        all[n++] = ladder.finding();
        // the level's achievement requirement, then each achievement an overlay adds (none without an overlay)
        for (int i = 0; i < achievements.size(); i++) {
            all[n++] = achievements.get(i);
        }
        Optional<Finding> overlaps = QuantifiedRecords.overlaps(applicant, asOf, explain);
        if (overlaps.isPresent()) {
            all[n++] = overlaps.get();
        }
        if (explain) {
            // 五(二)3 and 五(二)4 waive papers and certificates for everyone: they never block either
            all[n++] = papers(applicant, asOf);
            all[n++] = certificates();
        }
        List<Finding> findings = Owned.of(all, n);

        // the verdict: nothing blocks; or only time is missing, until the last of the dates the blocks pass on
        boolean blocked = false;
        LocalDate earliest = null;
        boolean onlyTime = true;
        for (int i = 0; i < n; i++) {
            Finding f = all[i];
            if (f.outcome().blocks()) {
                blocked = true;
                if (f.passesOn().isEmpty()) {
                    onlyTime = false;
                } else if (earliest == null || f.passesOn().get().isAfter(earliest)) {
                    earliest = f.passesOn().get();
                }
            }
        }
        Verdict verdict = !blocked ? Verdict.ELIGIBLE : onlyTime ? Verdict.NOT_YET : Verdict.INELIGIBLE;
        return new Evaluation(subject, at, findings, verdict,
                verdict == Verdict.NOT_YET ? Optional.of(earliest) : Optional.empty());
    }

    /** What the finding on a rule set says whatever is decided under it: the document it cites, the version it is. */
    private record RuleSetWords(List<Clause> clauses, Map<String, Object> facts) {

        static RuleSetWords of(RuleSet rs) {
            return new RuleSetWords(List.of(new Clause(rs.document())),
                    Facts.of("annex", rs.annexId(), "effectiveFrom", rs.effectiveFrom(), "version", rs.version()));
        }
    }

    private static final Finding[] SCOPE_UNEXPLAINED = Subject.unexplained(RuleIds.SCOPE);
    private static final Finding[] RULE_SET_UNEXPLAINED = Subject.unexplained(RuleIds.RULE_SET);
    private static final Memo<RuleSet, RuleSetWords> RULE_SETS = new Memo<>(RuleSetWords::of, 1024);
    private static final List<Clause> SCOPE_CLAUSES = List.of(new Clause("一; 五(三)"));
    private static final Message SCOPE_GROUP = Message.owned("scope.group");
    private static final List<Clause> PAPERS = List.of(new Clause("五(二)3; 决定 D-20"));
    private static final List<Clause> MAJOR = List.of(GreenChannel.MAJOR_UNRESTRICTED.clause());
    /** 五(二)4 says the same for everyone: one finding serves every decision. */
    private static final Finding CERTIFICATES = Finding.leaf(RuleIds.CERTIFICATES,
            GreenChannel.CERTIFICATES_NOT_REQUIRED.clause(), Outcome.WAIVED, Map.of(),
            Message.owned("certificates.notRequired")).withException(GreenChannel.CERTIFICATES_NOT_REQUIRED);

    private static boolean anyBlocks(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome().blocks()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The level's achievement requirement and, under an association's overlay, each achievement it adds (四, 决定
     * D-12). Works count "since the current title" from the day it was awarded, and all of them when there is none; when
     * the decision rests on the direct path, from the start of professional work (决定 D-15).
     */
    private static List<Finding> achievements(Subject s, Field field, LevelCriteria at, LadderCheck.Result ladder,
                                              LocalDate cutOff) {
        ApplicantFile a = s.applicant();
        LocalDate asOf = s.asOf();
        LocalDate since = ladder.direct() ? a.professionalWorkStart()
                : LadderCheck.currentTitle(a, field, asOf).map(TitleHeld::awarded).orElse(LocalDate.MIN);
        AchievementCheck.Basis basis = new AchievementCheck.Basis(asOf, cutOff, since, s.explain());
        Finding rule = AchievementCheck.check(a, field, at.achievements(), basis);
        if (at.required().isEmpty()) {
            return List.of(rule);
        }
        List<Finding> all = new ArrayList<>(1 + at.required().size());
        all.add(rule);
        all.addAll(AchievementCheck.added(a, at.required(), basis));
        return all;
    }

    /** The highest level the applicant may apply for now, with the decision for each level, lowest first. */
    public HighestLevel highest(ApplicantFile applicant, FieldCriteria criteria, LocalDate asOf) {
        return highest(applicant, criteria, asOf, asOf);
    }

    /** The same, with the round's cut-off date for achievement windows (决定 D-17). */
    public HighestLevel highest(ApplicantFile applicant, FieldCriteria criteria, LocalDate asOf, LocalDate cutOff) {
        List<Level> levels = Level.awarded();
        Decision[] decisions = new Decision[levels.size()];
        Level highest = null;
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = evaluate(applicant, criteria, levels.get(i), asOf, cutOff);
            if (decisions[i].eligible() && (highest == null || decisions[i].level().compareTo(highest) > 0)) {
                highest = decisions[i].level();
            }
        }
        return new HighestLevel(Optional.ofNullable(highest), List.of(decisions));
    }

    /** The annex's criteria must be in force on the evaluation date; a later version decides later dates. */
    private static Finding inForce(Subject s, FieldCriteria criteria, LocalDate asOf) {
        var rs = criteria.ruleSet();
        boolean ok = rs.inForceOn(asOf);
        if (!s.explain()) {
            return RULE_SET_UNEXPLAINED[(ok ? Outcome.PASSED : Outcome.FAILED).ordinal()];
        }
        RuleSetWords words = RULE_SETS.get(rs);
        return Finding.leaf(RuleIds.RULE_SET, words.clauses(), ok ? Outcome.PASSED : Outcome.FAILED, words.facts(),
                // in force: the window's end is left out, so closing a version when a later one arrives changes no
                // earlier decision (the pin reproduces it byte for byte)
                ok ? Message.owned("ruleset.inForce", rs.document(), rs.version(), rs.effectiveFrom(), asOf)
                        : Message.owned("ruleset.notInForce", rs.document(), rs.version(), rs.effectiveFrom(),
                                rs.effectiveTo().map(Object::toString).orElse("-"), asOf));
    }

    /** 五(二)1: national standards ask for a matching major; this scheme does not. */
    private static Finding major(ApplicantFile a) {
        String majors;
        if (a.education() == null) {
            majors = "-";
        } else if (a.education().size() == 1) {
            // one major is said as it is, as joining it alone would say it
            majors = String.valueOf(a.education().get(0).major());
        } else {
            StringJoiner joined = new StringJoiner(", ");
            for (int i = 0; i < a.education().size(); i++) {
                joined.add(a.education().get(i).major());
            }
            majors = joined.toString();
        }
        return new Finding(RuleIds.MAJOR, MAJOR, Outcome.WAIVED, Facts.of("majors", majors),
                Message.owned("major.waived", majors), Optional.of(GreenChannel.MAJOR_UNRESTRICTED), Optional.empty(),
                false, List.of());
    }

    /** 五(二)3: representative works replace papers; lacking papers never fails anyone, and papers held count as works (决定 D-20). */
    private static Finding papers(ApplicantFile a, LocalDate asOf) {
        long papers = 0;
        List<RepresentativeWork> works = a.works();
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork w = works.get(i);
            if (w.kind() == WorkKind.PAPER && !w.date().isAfter(asOf)) {
                papers++;
            }
        }
        return new Finding(RuleIds.PAPERS, PAPERS, papers == 0 ? Outcome.WAIVED : Outcome.INFO,
                Facts.of("papers", papers), Message.owned("papers.notRequired", papers),
                papers == 0 ? Optional.of(GreenChannel.WORKS_REPLACE_PAPERS) : Optional.empty(), Optional.empty(),
                false, List.of());
    }

    /** 五(二)4: foreign language, computer skills and continuing-education credits are never required. */
    private static Finding certificates() {
        return CERTIFICATES;
    }

    /**
     * The green channels that waived or eased a requirement the decision relied on: every waiving finding, at any
     * depth, under a finding that did not fail.
     */
    private static List<GreenChannel> channels(List<Finding> findings) {
        EnumSet<GreenChannel> used = EnumSet.noneOf(GreenChannel.class);
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome() != Outcome.FAILED) {
                waiving(findings.get(i), used);
            }
        }
        return List.copyOf(used); // an EnumSet iterates in the channels' order, as sorting them did
    }

    private static void waiving(Finding f, Set<GreenChannel> used) {
        if (f.outcome() == Outcome.WAIVED) {
            f.exception().ifPresent(used::add);
        }
        for (int i = 0; i < f.children().size(); i++) {
            waiving(f.children().get(i), used);
        }
    }

    /**
     * What is missing: the failed requirements, read down the tree without entering the green channels that tried
     * to ease them — the base requirement is what is missing, not each eased variant of it.
     */
    private static List<Message> missing(List<Finding> findings) {
        List<Message> out = null;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome().blocks()) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                unmet(findings.get(i), out);
            }
        }
        return out == null ? List.of() : out;
    }

    private static void unmet(Finding f, List<Message> out) {
        if (f.children().isEmpty()) {
            if (f.outcome() == Outcome.FAILED) {
                out.add(f.message());
            }
            return;
        }
        if (f.exception().isPresent()) {
            return;
        }
        for (int i = 0; i < f.children().size(); i++) {
            unmet(f.children().get(i), out);
        }
    }
}
