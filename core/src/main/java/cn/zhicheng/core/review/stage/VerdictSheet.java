package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.applicant.EvidenceId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * A qualification reviewer's verdicts as written in a file (六(三)): one entry per piece of evidence, by its id —
 * {@code accepted}; {@code rejected} with the {@code reason}; or {@code needs-more} saying {@code what}. Read by the
 * strict reader: unknown keys, a missing reason or a reason where none belongs are refused with their path.
 */
public record VerdictSheet(
        @NotNull @NotEmpty(message = "{cn.zhicheng.verdicts.empty}")
        @Size(max = VerdictSheet.MOST_VERDICTS, message = "{cn.zhicheng.list.tooLong}")
        List<@NotNull @Valid Entry> verdicts) {

    /** More than any dossier holds evidence (its lists together allow under a thousand pieces). */
    public static final int MOST_VERDICTS = 1000;

    public VerdictSheet {
        verdicts = verdicts == null ? null : List.copyOf(verdicts);
    }

    /** What a reviewer may say of a piece of evidence, and how the file writes it. */
    public enum Kind {
        ACCEPTED("accepted"),
        REJECTED("rejected"),
        NEEDS_MORE("needs-more");

        private final String written;

        Kind(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        /** The kind written so, if any. */
        static Optional<Kind> of(String written) {
            return java.util.Arrays.stream(values()).filter(k -> k.written.equals(written)).findFirst();
        }
    }

    /** The words a file may use for a verdict. */
    static final String KINDS = "accepted|rejected|needs-more";

    /** One verdict: the evidence id, the verdict, and the reason (rejected) or what is needed (needs-more). */
    public record Entry(
            @NotNull @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String evidence,
            @NotNull @Pattern(regexp = KINDS, message = "{cn.zhicheng.verdict.kind}") String verdict,
            Optional<@Size(min = 1, max = 500, message = "{cn.zhicheng.verdict.textLength}") String> reason,
            Optional<@Size(min = 1, max = 500, message = "{cn.zhicheng.verdict.textLength}") String> what) {

        public Entry {
            reason = reason == null ? Optional.empty() : reason;
            what = what == null ? Optional.empty() : what;
        }

        /** The verdict as a kind; empty when the file wrote something else (refused by validation). */
        @JsonIgnore
        public Optional<Kind> kind() {
            return verdict == null ? Optional.empty() : Kind.of(verdict);
        }

        /** A rejection gives its reason, a request for more says what, an acceptance needs neither. */
        @JsonIgnore
        @AssertTrue(message = "{cn.zhicheng.verdict.explained}")
        public boolean isExplained() {
            if (kind().isEmpty()) {
                return true;
            }
            boolean hasReason = reason.filter(r -> !r.isBlank()).isPresent();
            boolean hasWhat = what.filter(w -> !w.isBlank()).isPresent();
            return switch (kind().get()) {
                case ACCEPTED -> reason.isEmpty() && what.isEmpty();
                case REJECTED -> hasReason && what.isEmpty();
                case NEEDS_MORE -> hasWhat && reason.isEmpty();
            };
        }

        /** The verdict as core judges it. */
        public EvidenceVerdict toVerdict() {
            return switch (kind().orElseThrow()) {
                case ACCEPTED -> new EvidenceVerdict.Accepted(evidence);
                case REJECTED -> new EvidenceVerdict.Rejected(evidence, reason.orElseThrow());
                case NEEDS_MORE -> new EvidenceVerdict.NeedsMore(evidence, what.orElseThrow());
            };
        }
    }

    /** Every verdict, in the order written. */
    public List<EvidenceVerdict> toVerdicts() {
        return verdicts.stream().map(Entry::toVerdict).toList();
    }
}
