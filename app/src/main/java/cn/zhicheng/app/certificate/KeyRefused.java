package cn.zhicheng.app.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Messages;

/** An issuing key cannot be made, found or read as asked, and why, in Chinese and English; no stack trace. */
public final class KeyRefused extends RuntimeException {

    private final transient Message reason;

    public KeyRefused(Message reason) {
        super(Messages.both(requireNonNull(reason, "reason is null")).both(), null, false, false);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
