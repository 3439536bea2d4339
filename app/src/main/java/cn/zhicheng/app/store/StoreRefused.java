package cn.zhicheng.app.store;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Text;

/**
 * The store cannot be used as it stands, and why, in Chinese and English: a database file that is damaged or not a
 * database, a schema newer than this build, a migration history that does not match, a server that cannot be
 * reached. Start-up stops with this message; nothing is migrated, repaired or cleaned. Carries no stack trace: the
 * user sees the reason, never the internals.
 */
public final class StoreRefused extends RuntimeException {

    private final transient Text reason;

    public StoreRefused(Text reason) {
        super(requireNonNull(reason, "reason is null").both(), null, false, false);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
