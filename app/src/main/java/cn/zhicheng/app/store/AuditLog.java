package cn.zhicheng.app.store;

import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.AuditChain;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.AuditJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit chain of 七(二) as stored: append-only — this class has no update and no delete. The head is read in
 * the caller's transaction and the new entry is linked to it by {@link AuditChain#append}; if another transaction
 * appended after the same head first, the unique entry number (and previous hash) makes this insert fail, and the
 * caller retries on the new head. So the chain never forks and never skips a number.
 */
public final class AuditLog {

    /** The chain's last entry, if any. */
    public Optional<AuditEntry> head(Handle h) {
        return h.createQuery("SELECT entry_json FROM audit_entry WHERE entry_number ="
                        + " (SELECT MAX(entry_number) FROM audit_entry)")
                .mapTo(String.class)
                .findOne()
                .map(AuditLog::read);
    }

    /** Appends the entry recording {@code act} after the current head, in the caller's transaction. */
    public AuditEntry append(Handle h, Act act) {
        return appender(h).append(act);
    }

    /**
     * Appends many entries in one transaction: the head is read once, when the appender is made, and each entry is
     * linked to the one appended before it in memory. Use it only inside one transaction, and drop it with the
     * transaction: after a rollback its head would be one that was never stored. A concurrent append after the same
     * head still fails this transaction's insert on the unique entry number, as {@link #append} does.
     */
    public Appender appender(Handle h) {
        return new Appender(h, head(h), false);
    }

    /**
     * An {@link #appender} that holds the entries it links and inserts them together, in one batch of statements,
     * when {@link Appender#flush()} is called — which the caller must do before its transaction commits. Until then
     * the entries are linked in memory but not readable from the store, so it suits only a transaction that does not
     * read back the chain it appends to (the acts of a batch do not). A concurrent append after the same head fails
     * the flush on the unique entry number, and so the transaction, as an immediate insert would.
     */
    public Appender batchingAppender(Handle h) {
        return new Appender(h, head(h), true);
    }

    private static final String INSERT = "INSERT INTO audit_entry (entry_number, subject, entry_json, entry_hash,"
            + " previous_hash) VALUES (:number, :subject, :json, :hash, :previous)";

    /** The appender of one transaction; see {@link #appender} and {@link #batchingAppender}. */
    public static final class Appender {
        private final Handle h;
        private final boolean batching;
        private final List<AuditEntry> held = new ArrayList<>();
        private Optional<AuditEntry> head;

        private Appender(Handle h, Optional<AuditEntry> head, boolean batching) {
            this.h = h;
            this.head = head;
            this.batching = batching;
        }

        /** Appends the entry recording {@code act} after the last one this transaction read or appended. */
        public AuditEntry append(Act act) {
            AuditEntry entry = AuditChain.append(head, act);
            if (batching) {
                held.add(entry);
            } else {
                h.createUpdate(INSERT).bindMap(row(entry)).execute();
            }
            head = Optional.of(entry);
            return entry;
        }

        /** Inserts the entries held so far, in chain order; nothing to do for an appender that does not batch. */
        public void flush() {
            if (held.isEmpty()) {
                return;
            }
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (AuditEntry entry : held) {
                batch.bindMap(row(entry)).add();
            }
            batch.execute();
            held.clear();
        }

        private static Map<String, Object> row(AuditEntry entry) {
            return Map.of("number", entry.sequence(),
                    "subject", entry.act().subject(),
                    "json", new String(AuditJson.bytes(entry), StandardCharsets.UTF_8),
                    "hash", entry.hash(),
                    "previous", entry.previousHash());
        }
    }

    /**
     * Every entry as stored, number and JSON, in the order of their numbers: what verification walks. Not parsed
     * here, so that a row damaged beyond reading is named by its number instead of stopping the walk.
     */
    public List<StoredEntry> rows(Handle h) {
        return h.createQuery("SELECT entry_number, entry_json FROM audit_entry ORDER BY entry_number")
                .map((rs, ctx) -> new StoredEntry(rs.getLong("entry_number"), rs.getString("entry_json")))
                .list();
    }

    /** One stored row of the chain; {@link #entry()} reads it, and refuses JSON that is not an entry. */
    public record StoredEntry(long number, String json) {
        public AuditEntry entry() {
            return read(json);
        }
    }

    /** One subject's entries, in chain order. */
    public List<AuditEntry> of(Handle h, String subject) {
        return h.createQuery("SELECT entry_json FROM audit_entry WHERE subject = :subject ORDER BY entry_number")
                .bind("subject", subject)
                .mapTo(String.class)
                .map(AuditLog::read)
                .list();
    }

    private static AuditEntry read(String json) {
        return AuditJson.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
