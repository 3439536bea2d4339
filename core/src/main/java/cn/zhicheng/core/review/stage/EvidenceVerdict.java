package cn.zhicheng.core.review.stage;

import static java.util.Objects.requireNonNull;

/**
 * A qualification reviewer's verdict on one piece of evidence, by its id (六(三)): accepted, rejected with the reason,
 * or more needed, saying what.
 */
public sealed interface EvidenceVerdict {

    String evidenceId();

    record Accepted(String evidenceId) implements EvidenceVerdict {
        public Accepted {
            requireNonNull(evidenceId, "evidenceId is null");
        }
    }

    record Rejected(String evidenceId, String reason) implements EvidenceVerdict {
        public Rejected {
            requireNonNull(evidenceId, "evidenceId is null");
            requireNonNull(reason, "reason is null");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a rejection gives its reason");
            }
        }
    }

    record NeedsMore(String evidenceId, String what) implements EvidenceVerdict {
        public NeedsMore {
            requireNonNull(evidenceId, "evidenceId is null");
            requireNonNull(what, "what is null");
            if (what.isBlank()) {
                throw new IllegalArgumentException("a request for more says what");
            }
        }
    }
}
