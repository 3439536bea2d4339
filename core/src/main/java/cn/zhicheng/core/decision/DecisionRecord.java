package cn.zhicheng.core.decision;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Score;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A decision as a versioned record — the one wire shape that the command line prints, and that storage, signatures
 * and the HTTP API carry: the schema and engine versions, the SHA-256 of the canonical input dossier, the pinned
 * rule set (and, under an association's overlay, the overlay's pin), and the decision itself with its findings. {@link DecisionJson} writes it in canonical JSON and reads it
 * back; a record read back renders and re-serialises identically.
 */
public record DecisionRecord(int schema, String engine, String inputSha256, RuleSetPin ruleSet, FieldRef field,
                             Level level, Title title, LocalDate asOf, LocalDate cutOff, Verdict verdict,
                             Optional<LocalDate> earliestEligible, List<GreenChannel> greenChannels,
                             List<Message> missing, boolean provisional, List<Finding> findings, Score score,
                             Optional<OverlayPin> overlay) {

    /** The version of this record's shape; readers refuse other versions. */
    public static final int SCHEMA = 1;

    /** The version of the engine that decides; a change in how decisions come out changes it. */
    public static final String ENGINE = "0.2.0";

    /** The field a decision is about, as far as a reader of the decision needs it. */
    public record FieldRef(String code, Text name, Series series, String annex) {
        public FieldRef {
            requireNonNull(code, "code is null");
            requireNonNull(name, "name is null");
            requireNonNull(series, "series is null");
            requireNonNull(annex, "annex is null");
        }
    }

    public DecisionRecord {
        requireNonNull(engine, "engine is null");
        requireNonNull(inputSha256, "inputSha256 is null");
        requireNonNull(ruleSet, "ruleSet is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(title, "title is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(cutOff, "cutOff is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(earliestEligible, "earliestEligible is null");
        greenChannels = List.copyOf(greenChannels);
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
        requireNonNull(score, "score is null");
        requireNonNull(overlay, "overlay is null");
    }

    /** A record made without an association's overlay. */
    public DecisionRecord(int schema, String engine, String inputSha256, RuleSetPin ruleSet, FieldRef field,
                          Level level, Title title, LocalDate asOf, LocalDate cutOff, Verdict verdict,
                          Optional<LocalDate> earliestEligible, List<GreenChannel> greenChannels,
                          List<Message> missing, boolean provisional, List<Finding> findings, Score score) {
        this(schema, engine, inputSha256, ruleSet, field, level, title, asOf, cutOff, verdict, earliestEligible,
                greenChannels, missing, provisional, findings, score, Optional.empty());
    }

    /** The same record, made under an association's overlay whose pin is given (四, 决定 D-12). */
    public DecisionRecord withOverlay(OverlayPin pin) {
        return new DecisionRecord(schema, engine, inputSha256, ruleSet, field, level, title, asOf, cutOff, verdict,
                earliestEligible, greenChannels, missing, provisional, findings, score, Optional.of(pin));
    }

    /** The record of a decision made on an input whose canonical digest is {@code inputSha256}. */
    public static DecisionRecord of(Decision d, String inputSha256) {
        return new DecisionRecord(SCHEMA, ENGINE, inputSha256, RuleSetPin.of(d.ruleSet(), d.level()),
                new FieldRef(d.field().code(), d.field().name(), d.field().series(), d.field().annex().ref()),
                d.level(), d.title(), d.asOf(), d.cutOff(), d.verdict(), d.earliestEligible(), d.greenChannels(),
                d.missing(), d.restsOnProvisional(), d.findings(), d.score());
    }

    public boolean eligible() {
        return verdict == Verdict.ELIGIBLE;
    }
}
