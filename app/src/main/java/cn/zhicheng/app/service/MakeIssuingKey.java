package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.certificate.IssuingKeys;
import cn.zhicheng.app.certificate.KeyRefused;
import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.audit.Act;
import cn.zhicheng.core.audit.AuditEntry;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.audit.Outcome;
import cn.zhicheng.core.certificate.KeyId;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes an issuing body's Ed25519 key pair (六(六); an association's under 决定 D-12): the provincial office makes
 * {@code provincial}, an association its own. An existing key is never overwritten. The audit entry (subject
 * {@code issuing-key:BODY}) names the public key's SHA-256; if it cannot be recorded, the key just made is removed.
 */
public final class MakeIssuingKey {

    public static final String PUBLIC_KEY = "issuing-key.public";

    private final Jdbi jdbi;
    private final Clock clock;
    private final IssuingKeys keys;
    private final AuditLog audit = new AuditLog();

    /** What was made: the body, the key's id (as certificates carry it) and the audit entry. */
    public record Made(String body, KeyId keyId, AuditEntry entry) {
    }

    @Inject
    public MakeIssuingKey(Database database, Clock clock, IssuingKeys keys) {
        this.jdbi = requireNonNull(database, "database is null").jdbi();
        this.clock = requireNonNull(clock, "clock is null");
        this.keys = requireNonNull(keys, "keys is null");
    }

    public Made init(String body, Actor actor) {
        String b = IssuingKeys.body(body);
        Clause clause = mayMake(b, actor);
        Instant at = clock.instant();
        PublicKey key = keys.create(b);
        try {
            AuditEntry entry = ApplicationActs.retrying(() -> jdbi.inTransaction(h -> audit.append(h, new Act(
                    "issuing-key:" + b, new cn.zhicheng.core.audit.Actor(actor.id(), actor.role().name()),
                    "keys.init", clause, at, Optional.empty(), Optional.of("CREATED"),
                    Optional.of(new Document.Digest(PUBLIC_KEY, CanonicalJson.sha256(key.getEncoded()))),
                    Outcome.done()))));
            return new Made(b, KeyId.of(key), entry);
        } catch (RuntimeException e) {
            keys.discard(b);
            throw e;
        }
    }

    /** The provincial office makes its own key (六(六)); an association makes only its own (决定 D-12). */
    private static Clause mayMake(String body, Actor actor) {
        if (body.equals(IssuingKeys.PROVINCIAL)) {
            if (actor.role() != Role.PROVINCIAL_OFFICE) {
                throw new KeyRefused(Message.of("keys.notYours", body, actor.role(), actor.id()));
            }
            return Clause.notice("六(六)");
        }
        if (actor.role() != Role.ASSOCIATION || !actor.association().equals(Optional.of(body))) {
            throw new KeyRefused(Message.of("keys.notYours", body, actor.role(), actor.id()));
        }
        return Delegation.DECISION;
    }
}
