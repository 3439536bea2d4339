package cn.zhicheng.app.impact;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.policy.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a new version of an annex would change: for one field, the version in force on the date and the new one,
 * every decision that comes out differently (in input order), a tally per level, and the records skipped as
 * unreadable.
 */
public record Impact(String field, LocalDate asOf, LocalDate cutOff, RuleSet inForce, RuleSet proposed,
                     List<Change> changes, List<Tally> tallies, List<Skipped> skipped) {

    public Impact {
        requireNonNull(field, "field is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(cutOff, "cutOff is null");
        requireNonNull(inForce, "inForce is null");
        requireNonNull(proposed, "proposed is null");
        changes = List.copyOf(changes);
        tallies = List.copyOf(tallies);
        skipped = List.copyOf(skipped);
    }

    /** How a decision changed. */
    public enum Kind {
        /** Not eligible under the version in force, eligible under the new one. */
        BECAME_ELIGIBLE,
        /** Eligible under the version in force, not under the new one. */
        BECAME_NOT_ELIGIBLE,
        /** Neither before nor after eligible (or both), yet a verdict, a date or a finding's outcome differs. */
        OTHER
    }

    /**
     * One decision that changes: the record (file, and line for JSON Lines), who, the level, both decisions and the
     * findings whose outcome differs.
     */
    public record Change(String where, String name, String maskedIdNumber, Level level, Kind kind,
                         DecisionRecord before, DecisionRecord after, List<FindingChange> findings) {

        public Change {
            requireNonNull(where, "where is null");
            requireNonNull(kind, "kind is null");
            findings = List.copyOf(findings);
        }
    }

    /** A finding (by rule id) whose outcome differs; empty on the side whose decision has no such finding. */
    public record FindingChange(String rule, Optional<Finding> before, Optional<Finding> after) {

        public FindingChange {
            requireNonNull(rule, "rule is null");
            requireNonNull(before, "before is null");
            requireNonNull(after, "after is null");
        }
    }

    /** The count at one level: decided, unchanged, and each kind of change. */
    public record Tally(Level level, long decided, long unchanged, long becameEligible, long becameNotEligible,
                        long other) {
    }

    /** A record that could not be decided, with every problem found in it. */
    public record Skipped(String where, List<InputProblem> problems) {

        public Skipped {
            problems = List.copyOf(problems);
        }
    }
}
