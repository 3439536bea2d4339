package cn.zhicheng.core.eligibility;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.LongStream;

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
        Screening verdict = e.screening();
        return new Decision(criteria.field(), level, e.at().title(), asOf, cutOff, verdict.verdict(), e.findings(),
                channels(e.findings()), missing(e.findings()), verdict.earliestEligible(),
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
        return decide(applicant, criteria, level, asOf, cutOff, false).screening();
    }

    /**
     * What one evaluation found: the subject and the criteria of the level, the findings in order, the verdict and
     * its date. Unexplained, only the verdict and its date are kept.
     */
    private record Evaluation(Subject subject, LevelCriteria at, List<Finding> findings, Screening screening) {
    }

    private static final Screening ELIGIBLE = new Screening(Verdict.ELIGIBLE, Optional.empty());
    private static final Screening INELIGIBLE = new Screening(Verdict.INELIGIBLE, Optional.empty());
    /** Unexplained evaluations that name no date: they keep nothing else, so one object serves each verdict. */
    private static final Evaluation ELIGIBLE_UNEXPLAINED = new Evaluation(null, null, List.of(), ELIGIBLE);
    private static final Evaluation INELIGIBLE_UNEXPLAINED = new Evaluation(null, null, List.of(), INELIGIBLE);

    /**
     * The verdict as the findings make it, added up as they are found: nothing blocks; or only time is missing, until
     * the last of the dates the blocks pass on; or ineligible.
     */
    private static final class Tally {

        private boolean blocked;
        private boolean onlyTime = true;
        private LocalDate earliest;

        void add(Finding f) {
            if (f.outcome().blocks()) {
                blocked = true;
                if (f.passesOn().isEmpty()) {
                    onlyTime = false;
                } else if (earliest == null || f.passesOn().get().isAfter(earliest)) {
                    earliest = f.passesOn().get();
                }
            }
        }

        Screening screening() {
            return !blocked ? ELIGIBLE : !onlyTime ? INELIGIBLE
                    : new Screening(Verdict.NOT_YET, Optional.of(earliest));
        }
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
        Subject subject = Subject.of(applicant, field, asOf, cutOff, explain);

        // unexplained, the scope says only its outcome: its leaves are its explanation
        Finding scope = Scope.check(subject, field, level);
        if (!explain && scope.outcome().blocks()) {
            // a finding that blocks with no date to pass on makes the verdict INELIGIBLE whatever else is found
            // (see Tally), and no scope finding has such a date; the explained decision goes on to show the rest
            return INELIGIBLE_UNEXPLAINED;
        }
        LadderCheck.Result ladder = LadderCheck.check(subject, field, at);
        if (!explain && ladder.finding().outcome().blocks() && ladder.finding().passesOn().isEmpty()) {
            // the same holds for a ladder that time alone will not open: no route of it, the direct one included,
            // names a date, so 决定 D-15 has no direct path to rest on below and the verdict is INELIGIBLE
            return INELIGIBLE_UNEXPLAINED;
        }
        int achievements = 1 + at.required().size();
        Finding[] achieved = explain ? new Finding[achievements] : null;
        boolean unmet = achievements(subject, field, at, since(subject, field, ladder), achieved);
        // 决定 D-15: holding a junior title must never leave anyone worse off than not holding it. When the works
        // since that title are not enough, the decision may rest on 五(二)2, now or once its years are complete.
        // The achievements an overlay adds count from the same day as the requirement (四, 决定 D-12).
        if (unmet && !ladder.direct()) {
            LadderCheck.Result direct = LadderCheck.directOnly(subject, field, at, ladder.base());
            if (direct != null) {
                Finding[] retried = explain ? new Finding[achievements] : null;
                if (!achievements(subject, field, at, since(subject, field, direct), retried)) {
                    ladder = direct;
                    achieved = retried;
                    unmet = false;
                }
            }
        }

        // at most: rule set, scope, major, ladder, the achievements, sales records, papers, certificates
        Finding[] all = explain ? new Finding[7 + achievements] : null;
        int n = 0;
        Tally tally = new Tally();
        n = put(all, n, tally, inForce(subject, criteria, asOf));
        n = put(all, n, tally, scope);
        if (explain) {
            // 五(二)1 waives the major for everyone: it never blocks, and is said only when explaining
            n = put(all, n, tally, major(applicant));
        }
        n = put(all, n, tally, ladder.finding());
        // the level's achievement requirement, then each achievement an overlay adds (none without an overlay)
        if (explain) {
            for (int i = 0; i < achievements; i++) {
                n = put(all, n, tally, achieved[i]);
            }
        } else if (unmet) {
            // unexplained, an achievement names no date to pass on: one unmet makes the verdict INELIGIBLE
            return INELIGIBLE_UNEXPLAINED;
        }
        Finding overlaps = QuantifiedRecords.overlaps(applicant, asOf, explain);
        if (overlaps != null) {
            n = put(all, n, tally, overlaps);
        }
        if (explain) {
            // 五(二)3 and 五(二)4 waive papers and certificates for everyone: they never block either
            n = put(all, n, tally, papers(applicant, asOf));
            n = put(all, n, tally, certificates());
        }
        Screening screening = tally.screening();
        if (!explain) {
            return screening == ELIGIBLE ? ELIGIBLE_UNEXPLAINED : screening == INELIGIBLE ? INELIGIBLE_UNEXPLAINED
                    : new Evaluation(null, null, List.of(), screening);
        }
        return new Evaluation(subject, at, Owned.of(all, n), screening);
    }

    /** The finding in its place when the findings are written down, counted in the verdict; the next place. */
    private static int put(Finding[] all, int n, Tally tally, Finding f) {
        tally.add(f);
        if (all != null) {
            all[n] = f;
        }
        return n + 1;
    }

    /** What the finding on a rule set says whatever is decided under it: the document it cites, the version it is. */
    private static final class RuleSetWords {

        private final List<Clause> clauses;
        private final Map<String, Object> facts;
        /** The finding that the rule set is in force, on the last date it was said for (a round decides on one). */
        private volatile InForce last;

        private RuleSetWords(RuleSet rs) {
            clauses = List.of(new Clause(rs.document()));
            facts = Facts.of("annex", rs.annexId(), "effectiveFrom", rs.effectiveFrom(), "version", rs.version());
        }

        /** Said once per date: it names the rule set and the date, nothing of the applicant. */
        Finding inForce(RuleSet rs, LocalDate asOf) {
            InForce said = last;
            if (said == null || !said.asOf().equals(asOf)) {
                // the window's end is left out, so closing a version when a later one arrives changes no earlier
                // decision (the pin reproduces it byte for byte)
                said = new InForce(asOf, Finding.leaf(RuleIds.RULE_SET, clauses, Outcome.PASSED, facts,
                        Message.owned("ruleset.inForce", rs.document(), rs.version(), rs.effectiveFrom(), asOf)));
                last = said;
            }
            return said.finding();
        }

        Finding notInForce(RuleSet rs, LocalDate asOf) {
            return Finding.leaf(RuleIds.RULE_SET, clauses, Outcome.FAILED, facts, Message.owned("ruleset.notInForce",
                    rs.document(), rs.version(), rs.effectiveFrom(), rs.effectiveTo().map(Object::toString).orElse("-"),
                    asOf));
        }
    }

    private record InForce(LocalDate asOf, Finding finding) {
    }

    private static final Finding[] RULE_SET_UNEXPLAINED = Subject.unexplained(RuleIds.RULE_SET);
    private static final Memo<RuleSet, RuleSetWords> RULE_SETS = new Memo<>(RuleSetWords::new, 1024);
    private static final List<Clause> PAPERS = List.of(new Clause("五(二)3; 决定 D-20"));
    private static final List<Clause> MAJOR = List.of(GreenChannel.MAJOR_UNRESTRICTED.clause());
    /** 五(二)4 says the same for everyone: one finding serves every decision. */
    private static final Finding CERTIFICATES = Finding.leaf(RuleIds.CERTIFICATES,
            GreenChannel.CERTIFICATES_NOT_REQUIRED.clause(), Outcome.WAIVED, Map.of(),
            Message.owned("certificates.notRequired")).withException(GreenChannel.CERTIFICATES_NOT_REQUIRED);
    /** 五(二)3 for the numbers of papers most files hold, said once. */
    private static final Finding[] PAPERS_SAID = LongStream.range(0, 16).mapToObj(Evaluator::papers)
            .toArray(Finding[]::new);

    /**
     * The day from which works count "since the current title" (决定 D-15): the day it was awarded, and all of them
     * when there is none; when the decision rests on the direct path, from the start of professional work.
     */
    private static LocalDate since(Subject s, Field field, LadderCheck.Result ladder) {
        if (ladder.direct()) {
            return s.applicant().professionalWorkStart();
        }
        TitleHeld current = LadderCheck.currentTitle(s.applicant(), field, s.asOf());
        return current == null ? LocalDate.MIN : current.awarded();
    }

    /**
     * The level's achievement requirement and, under an association's overlay, each achievement it adds (四, 决定
     * D-12), counted from {@code since}: put in {@code out} in that order when explaining. Whether any is unmet.
     */
    private static boolean achievements(Subject s, Field field, LevelCriteria at, LocalDate since, Finding[] out) {
        Finding rule = AchievementCheck.check(s, field, at.achievements(), since);
        boolean unmet = rule.outcome().blocks();
        if (out != null) {
            out[0] = rule;
        }
        List<Achievement> required = at.required();
        for (int i = 0; i < required.size(); i++) {
            Finding added = AchievementCheck.added(s, required.get(i), since);
            unmet |= added.outcome().blocks();
            if (out != null) {
                out[1 + i] = added;
            }
        }
        return unmet;
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
        return ok ? words.inForce(rs, asOf) : words.notInForce(rs, asOf);
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
        return papers < PAPERS_SAID.length ? PAPERS_SAID[(int) papers] : papers(papers);
    }

    /** What 五(二)3 says of a number of papers held, the same for everyone who holds that many. */
    private static Finding papers(long papers) {
        return new Finding(RuleIds.PAPERS, PAPERS, papers == 0 ? Outcome.WAIVED : Outcome.INFO,
                Facts.of("papers", papers), Message.owned("papers.notRequired", papers),
                papers == 0 ? Optional.of(GreenChannel.WORKS_REPLACE_PAPERS) : Optional.empty(), Optional.empty(),
                false, List.of());
    }

    /** 五(二)4: foreign language, computer skills and continuing-education credits are never required. */
    private static Finding certificates() {
        return CERTIFICATES;
    }

    /** Every set of green channels as a list in the channels' order, by the bits of their ordinals. */
    private static final List<List<GreenChannel>> CHANNEL_SETS = channelSets();

    private static List<List<GreenChannel>> channelSets() {
        GreenChannel[] all = GreenChannel.values();
        List<GreenChannel>[] sets = channelArray(1 << all.length);
        for (int bits = 0; bits < sets.length; bits++) {
            List<GreenChannel> set = new ArrayList<>();
            for (GreenChannel c : all) {
                if ((bits & 1 << c.ordinal()) != 0) {
                    set.add(c);
                }
            }
            sets[bits] = List.copyOf(set);
        }
        return List.of(sets);
    }

    @SuppressWarnings("unchecked")
    private static List<GreenChannel>[] channelArray(int size) {
        return (List<GreenChannel>[]) new List<?>[size];
    }

    /**
     * The green channels that waived or eased a requirement the decision relied on: every waiving finding, at any
     * depth, under a finding that did not fail; in the channels' order.
     */
    private static List<GreenChannel> channels(List<Finding> findings) {
        int used = 0;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome() != Outcome.FAILED) {
                used = waiving(findings.get(i), used);
            }
        }
        return CHANNEL_SETS.get(used);
    }

    private static int waiving(Finding f, int used) {
        if (f.outcome() == Outcome.WAIVED && f.exception().isPresent()) {
            used |= 1 << f.exception().get().ordinal();
        }
        for (int i = 0; i < f.children().size(); i++) {
            used = waiving(f.children().get(i), used);
        }
        return used;
    }

    /**
     * What is missing: the failed requirements, read down the tree without entering the green channels that tried
     * to ease them — the base requirement is what is missing, not each eased variant of it.
     */
    private static List<Message> missing(List<Finding> findings) {
        int count = 0;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome().blocks()) {
                count = unmet(findings.get(i), null, count);
            }
        }
        if (count == 0) {
            return List.of();
        }
        Message[] out = new Message[count];
        int n = 0;
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).outcome().blocks()) {
                n = unmet(findings.get(i), out, n);
            }
        }
        return Owned.of(out, n);
    }

    /** The unmet leaves beneath a finding, put in {@code out} from {@code n} when it is given; the next place. */
    private static int unmet(Finding f, Message[] out, int n) {
        if (f.children().isEmpty()) {
            if (f.outcome() == Outcome.FAILED) {
                if (out != null) {
                    out[n] = f.message();
                }
                return n + 1;
            }
            return n;
        }
        if (f.exception().isPresent()) {
            return n;
        }
        for (int i = 0; i < f.children().size(); i++) {
            n = unmet(f.children().get(i), out, n);
        }
        return n;
    }
}
