package cn.zhicheng.app.demo;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.committee.JdkGenerators;
import cn.zhicheng.app.service.ActOn;
import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.AggregateBatch;
import cn.zhicheng.app.service.BeginQualificationReview;
import cn.zhicheng.app.service.ConcludeQualificationReview;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.app.service.ExpertPool;
import cn.zhicheng.app.service.IssueCertificate;
import cn.zhicheng.app.service.LodgeObjection;
import cn.zhicheng.app.service.MakeIssuingKey;
import cn.zhicheng.app.service.OpenRound;
import cn.zhicheng.app.service.PubliciseRecommendation;
import cn.zhicheng.app.service.PubliciseResult;
import cn.zhicheng.app.service.QualificationResult;
import cn.zhicheng.app.service.RecommendApplication;
import cn.zhicheng.app.service.Recorded;
import cn.zhicheng.app.service.ResolveObjection;
import cn.zhicheng.app.service.ReviewSessions;
import cn.zhicheng.app.service.SecretBallot;
import cn.zhicheng.app.service.Submission;
import cn.zhicheng.app.service.SubmitApplication;
import cn.zhicheng.app.service.VerifyAudit;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.applicant.Masking;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.audit.Verification;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import cn.zhicheng.core.review.committee.Exclusion;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Relation;
import cn.zhicheng.core.review.committee.Tally;
import cn.zhicheng.core.review.committee.Vote;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.EvidenceVerdict;
import cn.zhicheng.core.review.stage.Recommendation;
import cn.zhicheng.core.review.stage.Role;
import cn.zhicheng.core.review.stage.Stage;
import cn.zhicheng.core.spi.Annexes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A whole review round run through the services, on the days the procedure of 六 would take each act: the
 * provincial office opens a round over the thirteen fields, applicants apply, recommenders assess ethics and post
 * the publicity (one recommendation declined on ethics, one objection dismissed and one upheld), the local office
 * sends a batch, the qualification review decides each dossier, an expert pool with relatives and colleagues of
 * applicants is drawn from per field with recusal, the committees vote in secret and confirm the result, the results
 * are publicised and certificates are signed and issued. Every act is an entry of the audit chain, verified at the
 * end. Nothing here decides: it takes the acts the services decide on, as people would.
 */
public final class DemoRound {

    /** The round's dates: a 2026 provincial round for the intermediate level, counted to 30 June. */
    static final String ROUND = "2026-demo";
    static final LocalDate CUT_OFF = LocalDate.of(2026, 6, 30);

    /** What the demonstration came to, for a person to read. */
    public record Summary(Map<Stage, Integer> byStage, List<Message> passed, List<Message> refused,
                          List<Message> committees, List<Message> certificates, Verification audit) {
    }

    private final Database db;
    private final StrictReader reader;
    private final Decisions decisions;
    private final Annexes annexes;
    private final WorkingDays calendar;
    private final Path keys;
    private final Consumer<Message> progress;
    private final DemoClock clock = new DemoClock(LocalDateTime.of(2026, 6, 15, 9, 0));

    public DemoRound(Database db, StrictReader reader, Decisions decisions, Annexes annexes, WorkingDays calendar,
                     Path keys, Consumer<Message> progress) {
        this.db = requireNonNull(db, "db is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.decisions = requireNonNull(decisions, "decisions is null");
        this.annexes = requireNonNull(annexes, "annexes is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.progress = requireNonNull(progress, "progress is null");
    }

    private static final Actor OFFICE = Actor.of("jilin-hrss-zjc", Role.PROVINCIAL_OFFICE);
    private static final Actor LOCAL = Actor.of("changchun-hrss", Role.LOCAL_HR_OFFICE);
    private static final Actor REVIEWER = Actor.of("reviewer-01", Role.QUALIFICATION_REVIEWER);
    private static final Actor SECRETARY = Actor.of("secretary-01", Role.EXPERT_COMMITTEE_SECRETARY);

    public Summary run(long seed, int applicants) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoApplicants.Generated> people = new DemoApplicants(reader).generate(seed, applicants);
        Map<String, Message> refusals = new TreeMap<>();
        Map<String, DemoApplicants.Generated> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));

        at(2026, 6, 15);
        Round round = new Round(ROUND, 2026, new TreeSet<>(DemoApplicants.FIELDS), java.util.Set.of(Level.INTERMEDIATE),
                new RunningBody.ProvincialOffice(), CUT_OFF, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        Recorded opened = new OpenRound(db, clock).open(round, OFFICE);
        step("demo.step.open", ROUND, opened instanceof Recorded.Done ? 1 : 0);

        at(2026, 7, 6);
        SubmitApplication submit = new SubmitApplication(db, clock);
        int submitted = count(submit.submitAll(people.stream().map(p -> new SubmitApplication.Submitted(
                new Submission(p.id(), ROUND, p.field(), Level.INTERMEDIATE, p.dossier()),
                Actor.of("applicant-" + p.id(), Role.APPLICANT))).toList()));
        step("demo.step.apply", submitted, people.size());

        at(2026, 7, 8);
        RecommendApplication recommend = new RecommendApplication(db, clock);
        DemoApplicants.Generated declined = people.get(Math.min(6, people.size() - 1));
        List<RecommendApplication.Assessment> assessments = new ArrayList<>();
        for (DemoApplicants.Generated p : people) {
            boolean negative = p == declined;
            assessments.add(new RecommendApplication.Assessment(p.id(), recommender(p), RecommenderKind.INCUBATOR,
                    negative ? Recommendation.Ethics.NEGATIVE : Recommendation.Ethics.POSITIVE,
                    negative ? "所在单位反映其存在违反职业道德的行为，经核实属实" : "遵纪守法，职业道德良好"));
            if (negative) {
                refusals.put(p.id(), Message.of("demo.refused.ethics", p.id(), p.name(), "五(一)1"));
            }
        }
        List<ActResult> recommended = recommend.recommendAll(assessments);
        step("demo.step.recommend", count(recommended) - 1, 1);

        at(2026, 7, 9);
        PubliciseRecommendation publicise = new PubliciseRecommendation(db, clock, calendar);
        int posted = (int) publicise.publiciseAll(people.stream().filter(p -> p != declined)
                        .map(p -> new ActOn(p.id(), recommender(p))).toList()).stream()
                .filter(p -> p.result() instanceof ActResult.Done).count();
        step("demo.step.publicise", posted);

        at(2026, 7, 10);
        LodgeObjection lodge = new LodgeObjection(db, clock, calendar);
        DemoApplicants.Generated dismissedOn = people.get(Math.min(2, people.size() - 1));
        DemoApplicants.Generated upheldOn = people.get(Math.min(4, people.size() - 1));
        Optional<String> first = lodge.lodge(dismissedOn.id(), Actor.of("citizen-1", Role.PUBLIC),
                "申报人工作年限疑似不实 / the years of work look overstated", "").objectionId();
        Optional<String> second = lodge.lodge(upheldOn.id(), Actor.of("citizen-2", Role.PUBLIC),
                "代表作系他人成果 / the representative works are someone else's", "知情人").objectionId();
        at(2026, 7, 13);
        ResolveObjection resolve = new ResolveObjection(db, clock, calendar);
        first.ifPresent(id -> resolve.resolve(id, LOCAL, Act.DISMISS_OBJECTION,
                "经核查劳动合同与社保记录，年限属实 / contracts and social insurance confirm the years", List.of()));
        second.ifPresent(id -> resolve.resolve(id, LOCAL, Act.UPHOLD_OBJECTION_AND_REFUSE,
                "经核实代表作系他人成果 / the works were confirmed to be someone else's", List.of()));
        refusals.put(upheldOn.id(), Message.of("demo.refused.objection", upheldOn.id(), upheldOn.name(), "决定 D-6"));
        step("demo.step.objections", 2, 1, 1);

        at(2026, 7, 16);
        // the local office sends what passed its publicity, in batches of at most the size a batch may hold (六(二))
        List<String> toSend = people.stream().map(DemoApplicants.Generated::id)
                .filter(id -> !id.equals(declined.id()) && !id.equals(upheldOn.id())).toList();
        AggregateBatch aggregate = new AggregateBatch(db, clock, calendar);
        List<AggregateBatch.Member> sent = new ArrayList<>();
        int batches = 0;
        for (int from = 0; from < toSend.size(); from += AggregateBatch.MAXIMUM_MEMBERS) {
            batches++;
            sent.addAll(aggregate.aggregate(String.format("batch-2026-07-%02d", batches), LOCAL,
                    toSend.subList(from, Math.min(toSend.size(), from + AggregateBatch.MAXIMUM_MEMBERS))).sent());
        }
        step("demo.step.aggregate", sent.size(), batches);

        at(2026, 7, 20);
        BeginQualificationReview begin = new BeginQualificationReview(db, clock);
        ConcludeQualificationReview conclude = new ConcludeQualificationReview(db, clock, decisions, reader, calendar);
        Map<String, List<String>> qualifiedByField = new TreeMap<>();
        begin.beginAll(sent.stream().map(m -> new ActOn(m.applicationId(), REVIEWER)).toList());
        List<ConcludeQualificationReview.Review> reviews = new ArrayList<>();
        for (AggregateBatch.Member m : sent) {
            DemoApplicants.Generated p = byId.get(m.applicationId());
            List<EvidenceVerdict> verdicts = p.dossier().evidenceIds().stream()
                    .map(id -> (EvidenceVerdict) new EvidenceVerdict.Accepted(id)).toList();
            reviews.add(new ConcludeQualificationReview.Review(p.id(), REVIEWER, verdicts, 15));
        }
        List<QualificationResult> concluded = conclude.concludeAll(reviews);
        for (int i = 0; i < reviews.size(); i++) {
            DemoApplicants.Generated p = byId.get(reviews.get(i).applicationId());
            QualificationResult q = concluded.get(i);
            if (q.act() instanceof ActResult.Done d && d.application().stage() == Stage.QUALIFIED) {
                qualifiedByField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.id());
            } else {
                refusals.put(p.id(), Message.of("demo.refused.qualification", p.id(), p.name(),
                        q.decision().map(r -> r.missing().stream().limit(1).toList()).orElse(List.of()), "六(三)"));
            }
        }
        step("demo.step.qualify", qualifiedByField.values().stream().mapToInt(List::size).sum(), sent.size());

        at(2026, 7, 27);
        List<Expert> pool = pool(people, random);
        ExpertPool.Registered registered = new ExpertPool(db, clock).register(pool, OFFICE);
        step("demo.step.pool", registered.poolSize(), DemoApplicants.FIELDS.size());

        SplittableRandom seeds = random.split();
        ReviewSessions sessions = new ReviewSessions(db, clock, JdkGenerators.INSTANCE,
                () -> DrawSeed.of(seeds.nextLong()));
        SecretBallot ballot = new SecretBallot(db, clock);
        List<Message> committees = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : qualifiedByField.entrySet()) {
            String session = "S-" + field.getKey();
            at(2026, 8, 3);
            sessions.open(new ReviewSessions.Opening(session, field.getKey(), Level.INTERMEDIATE, Optional.empty(), 3,
                    field.getValue()), SECRETARY);
            ReviewSessions.Drawn drawn = sessions.draw(session, SECRETARY);
            sessions.begin(session, SECRETARY);
            List<Exclusion> recused = drawn.draw().exclusions().stream()
                    .filter(e -> e.applicationId().isPresent()).toList();
            committees.add(Message.of("demo.committee", session, drawn.draw().committee().size(),
                    drawn.draw().exclusions().size() - recused.size(), recused.size(),
                    drawn.recordSha256().substring(0, 12)));
            for (Exclusion e : recused) {
                committees.add(Message.of("demo.exclusion", e.expertId(), e.applicationId().get(), e.reason()));
            }
            at(2026, 8, 10);
            List<String> members = drawn.draw().committee();
            TreeSet<String> present = new TreeSet<>(members.subList(0, members.size() - 1)); // one member is away
            ballot.attend(session, present, java.util.Set.of(EvaluationMethod.DEFENCE, EvaluationMethod.SHOWCASE),
                    SECRETARY);
            List<SecretBallot.Cast> casts = new ArrayList<>();
            for (String app : field.getValue()) {
                boolean weak = random.nextInt(8) == 0; // the committee finds about one in eight short of the level
                for (String member : present) {
                    if (recused.stream().anyMatch(e -> e.expertId().equals(member)
                            && e.applicationId().orElse("").equals(app))) {
                        continue; // a member recused from this application casts no ballot on it (决定 D-9)
                    }
                    Vote vote = weak ? (random.nextInt(3) == 0 ? Vote.YES : Vote.NO)
                            : (random.nextInt(12) == 0 ? Vote.ABSTAIN : Vote.YES);
                    casts.add(new SecretBallot.Cast(app, member, vote, Actor.of(member, Role.EXPERT)));
                }
            }
            ballot.castAll(session, casts);
            SecretBallot.Closed closed = ballot.close(session, SECRETARY);
            for (String member : members) {
                if (present.contains(member)) {
                    ballot.confirm(session, closed.resultSha256(), Actor.of(member, Role.EXPERT));
                }
            }
            for (Tally t : closed.tallies()) {
                if (t.result() == Tally.Result.PASSED) {
                    passed.add(t.applicationId());
                } else {
                    DemoApplicants.Generated p = byId.get(t.applicationId());
                    refusals.put(p.id(), Message.of("demo.refused.vote", p.id(), p.name(), t.yes(), t.passMark(),
                            "七(二)"));
                }
            }
        }
        step("demo.step.vote", qualifiedByField.size(),
                passed.size());

        at(2026, 8, 17);
        PubliciseResult results = new PubliciseResult(db, clock, calendar);
        results.publiciseAll(passed.stream().map(id -> new ActOn(id, OFFICE)).toList());
        step("demo.step.results", passed.size());

        at(2026, 8, 25);
        IssuingKeys issuingKeys = new IssuingKeys(keys);
        if (!issuingKeys.exists(IssuingKeys.PROVINCIAL)) {
            new MakeIssuingKey(db, clock, issuingKeys).init(IssuingKeys.PROVINCIAL, OFFICE);
        }
        IssueCertificate certify = new IssueCertificate(db, clock, calendar, annexes, issuingKeys);
        List<Message> certificates = new ArrayList<>();
        List<Message> passedLines = new ArrayList<>();
        certify.certifyAll(passed, OFFICE);
        for (String id : passed) {
            DemoApplicants.Generated p = byId.get(id);
            String number = certify.numberOf(id).orElse("-");
            certificates.add(Message.of("demo.certificate", number, p.name(), Masking.middle(p.idNumber(), 6, 4),
                    p.field()));
            passedLines.add(Message.of("demo.passed", p.id(), p.name(), p.field(), p.employer()));
        }
        step("demo.step.certify", certificates.size());

        Verification audit = new VerifyAudit(db).verify();
        return new Summary(stages(), passedLines, List.copyOf(refusals.values()), committees, certificates, audit);
    }

    /**
     * The pool: per field fourteen senior experts; one of them a sibling of the field's first applicant and one from
     * the employer of its second, so the draw must recuse them (七(三), 决定 D-9).
     */
    private static List<Expert> pool(List<DemoApplicants.Generated> people, SplittableRandom random) {
        List<Expert> pool = new ArrayList<>();
        Map<String, List<DemoApplicants.Generated>> byField = new LinkedHashMap<>();
        people.forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
        int n = 0;
        for (String field : DemoApplicants.FIELDS) {
            List<DemoApplicants.Generated> applicants = byField.getOrDefault(field, List.of());
            for (int i = 1; i <= 14; i++) {
                n++;
                String id = String.format("E-%s-%02d", field, i);
                List<Relation> relations = i == 1 && !applicants.isEmpty()
                        ? List.of(new Relation(applicants.get(0).idNumber(), Kinship.SIBLING)) : List.of();
                String employer = i == 2 && applicants.size() > 1 ? applicants.get(1).employerCreditCode()
                        : DemoApplicants.creditCode("220104", 5_000 + n);
                pool.add(Expert.of(id, random.nextInt(3) == 0 ? Level.SENIOR : Level.ASSOCIATE_SENIOR, employer,
                        relations, field));
            }
        }
        return pool;
    }

    private Map<Stage, Integer> stages() {
        Map<Stage, Integer> counts = new TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT stage, COUNT(*) AS n FROM application GROUP BY stage")
                .map((rs, ctx) -> Map.entry(Stage.valueOf(rs.getString("stage")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    private static Actor recommender(DemoApplicants.Generated p) {
        return Actor.of("recommender-" + p.id(), Role.RECOMMENDER);
    }

    private static int count(List<ActResult> results) {
        return (int) results.stream().filter(ActResult.Done.class::isInstance).count();
    }

    private void at(int year, int month, int day) {
        clock.set(LocalDateTime.of(year, month, day, 9, 30));
    }

    private void step(String key, Object... args) {
        Object[] withDay = new Object[args.length + 1];
        withDay[0] = LocalDate.ofInstant(clock.instant(), DemoClock.CHINA);
        System.arraycopy(args, 0, withDay, 1, args.length);
        progress.accept(Message.of(key, withDay));
    }
}
