package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;

/**
 * What checking a chain or a trace found: intact, or the first problem, naming the entry (七(二): every step can be
 * traced back, so a step that cannot is named, never passed over).
 */
public sealed interface Verification {

    Message message();

    default boolean intact() {
        return this instanceof Intact;
    }

    /** Every entry checked holds its hash and its place; {@code headHash} is the last entry's hash. */
    record Intact(long entries, String headHash) implements Verification {
        @Override
        public Message message() {
            return Message.of("audit.intact", Long.toString(entries), headHash);
        }
    }

    /** The first problem found, at entry number {@code entry} (0 when the document could not be read at all). */
    record Broken(Problem problem, long entry, Message message) implements Verification {
        public Broken {
            requireNonNull(problem, "problem is null");
            requireNonNull(message, "message is null");
        }

        static Broken at(Problem problem, long entry, Object... more) {
            Object[] args = new Object[more.length + 1];
            args[0] = Long.toString(entry);
            for (int i = 0; i < more.length; i++) {
                args[i + 1] = more[i] instanceof Long n ? Long.toString(n) : more[i];
            }
            return new Broken(problem, entry, Message.of(problem.key(), args));
        }
    }

    /** The kinds of problem, each with its message key (zh-CN and en in core's bundles). */
    enum Problem {
        /** The entry's content or links no longer match its hash. */
        CHANGED("audit.changed"),
        /** An entry number is absent from the sequence. */
        MISSING("audit.missing"),
        /** An entry stands before one it should follow. */
        OUT_OF_ORDER("audit.outOfOrder"),
        /** Two different entries carry one number. */
        FORKED("audit.forked"),
        /** One entry appears twice. */
        DUPLICATE("audit.duplicate"),
        /** An entry does not name the hash of the entry before it: one of the two was rewritten and re-hashed. */
        LINK_BROKEN("audit.linkBroken"),
        /** The chain ends before an entry a checkpoint recorded. */
        TRUNCATED("audit.truncated"),
        /** The entry at a checkpoint is not the one the checkpoint recorded. */
        DIVERGED("audit.diverged"),
        /** A trace shows an entry of its own subject by its link only, hiding what it says. */
        WITHHELD("audit.withheld"),
        /** A trace carries an entry of another subject in full. */
        FOREIGN("audit.foreign"),
        /** The document is not a chain or trace at all. */
        MALFORMED("audit.malformed");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
