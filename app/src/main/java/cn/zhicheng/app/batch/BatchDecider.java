package cn.zhicheng.app.batch;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Screening;
import cn.zhicheng.core.policy.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides one batch record: reads it strictly (every problem, with the line), finds the field and level it asks
 * for, and gives the verdict — or, when the explanation is asked, the decision record, whose verdict it is. Holds
 * nothing of one record when deciding the next, so records may be decided on any thread, in any order.
 */
public final class BatchDecider {

    /**
     * What a run asks of every record: the field and level (or each record names its own), the evaluation date and
     * the round's cut-off date (决定 D-17), and whether each decision is explained.
     */
    public record Ask(Optional<String> field, Optional<Level> level, LocalDate asOf, LocalDate cutOff,
                      boolean explain) {

        public Ask {
            requireNonNull(field, "field is null");
            requireNonNull(level, "level is null");
            requireNonNull(asOf, "asOf is null");
            requireNonNull(cutOff, "cutOff is null");
        }

        /** Records are applicant files when the run names both; otherwise each is a {@link BatchEntry}. */
        boolean plainApplicants() {
            return field.isPresent() && level.isPresent();
        }
    }

    private final StrictReader reader;
    private final Evaluator evaluator;
    private final Decisions decisions;
    private final FieldLookup fields;
    private final Ask ask;
    private final Map<String, FieldLookup.Found> found = new ConcurrentHashMap<>();
    /** The quick reading of well-formed JSON lines, tried before the strict one; null when every record is strict. */
    private final FastApplicantReader quick;

    public BatchDecider(StrictReader reader, Evaluator evaluator, Decisions decisions, FieldLookup fields, Ask ask) {
        this(reader, evaluator, decisions, fields, ask, null);
    }

    private BatchDecider(StrictReader reader, Evaluator evaluator, Decisions decisions, FieldLookup fields, Ask ask,
                         FastApplicantReader quick) {
        this.reader = requireNonNull(reader, "reader is null");
        this.evaluator = requireNonNull(evaluator, "evaluator is null");
        this.decisions = requireNonNull(decisions, "decisions is null");
        this.fields = requireNonNull(fields, "fields is null");
        this.ask = requireNonNull(ask, "ask is null");
        this.quick = quick;
    }

    /**
     * This decider, reading a well-formed applicant on a JSON line the quick way ({@link FastApplicantReader}) and
     * every other record strictly, as before: the verdicts, the refusals and the bytes written stay the same.
     *
     * @param clock the clock of the strict reader's validation (what "today" is for dates and ages)
     */
    public BatchDecider readingWellFormedLinesQuickly(Clock clock) {
        return new BatchDecider(reader, evaluator, decisions, fields, ask, new FastApplicantReader(clock));
    }

    public Verdicts decide(RawRecord r) {
        if (r.unreadable().isPresent()) {
            return new Verdicts.Skipped(r, List.of(r.unreadable().get()));
        }
        ApplicantFile applicant;
        Optional<String> field = ask.field();
        Optional<Level> level = ask.level();
        try {
            Optional<ApplicantFile> quickly = quick != null && ask.plainApplicants()
                    && r.syntax() == StrictReader.Syntax.JSON ? quick.read(r.content()) : Optional.empty();
            if (quickly.isPresent()) {
                applicant = quickly.get();
            } else if (ask.plainApplicants()) {
                applicant = reader.read(r.source(), r.content(), r.syntax(), ApplicantFile.class);
            } else {
                BatchEntry entry = reader.read(r.source(), r.content(), r.syntax(), BatchEntry.class);
                applicant = entry.applicant();
                field = entry.field().or(() -> ask.field());
                level = entry.level().or(() -> ask.level());
            }
        } catch (InputRejected e) {
            return new Verdicts.Skipped(r, lined(r, e.problems()));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (field.isEmpty()) {
            problems.add(problem(r, "field", Refusal.of("batch.fieldMissing")));
        }
        if (level.isEmpty()) {
            problems.add(problem(r, "level", Refusal.of("batch.levelMissing")));
        } else if (!level.get().awardedInThisScheme()) {
            problems.add(problem(r, "level", Refusal.of("batch.levelNotAwarded", level.get())));
        }
        FieldLookup.Found criteria = field.map(f -> found.computeIfAbsent(f, fields::lookup)).orElse(null);
        if (criteria != null && criteria.refusal() != null) {
            problems.add(problem(r, "field", criteria.refusal()));
        }
        if (!problems.isEmpty()) {
            return new Verdicts.Skipped(r, problems);
        }
        if (ask.explain()) {
            DecisionRecord d = decisions.decide(applicant, criteria.criteria(), level.get(), ask.asOf(), ask.cutOff());
            return new Verdicts.Decided(r, applicant, criteria.criteria(), level.get(),
                    new Screening(d.verdict(), d.earliestEligible()), d);
        }
        Screening s = evaluator.screen(applicant, criteria.criteria(), level.get(), ask.asOf(), ask.cutOff());
        return new Verdicts.Decided(r, applicant, criteria.criteria(), level.get(), s, null);
    }

    /** A line of JSON Lines is line 1 of its own document: its problems are on the file's line. */
    private static List<InputProblem> lined(RawRecord r, List<InputProblem> problems) {
        if (r.line() == 0) {
            return problems;
        }
        List<InputProblem> out = new ArrayList<>(problems.size());
        for (InputProblem p : problems) {
            out.add(new InputProblem(p.source(), p.path(), (int) Math.min(r.line(), Integer.MAX_VALUE),
                    p.column(), p.refusal()));
        }
        return out;
    }

    private static InputProblem problem(RawRecord r, String path, Refusal why) {
        return new InputProblem(r.source(), path, (int) Math.min(r.line(), Integer.MAX_VALUE), 0, why);
    }
}
