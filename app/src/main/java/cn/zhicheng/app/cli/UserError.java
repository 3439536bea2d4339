package cn.zhicheng.app.cli;

import cn.zhicheng.core.policy.Text;

/** A mistake in what the user asked for: reported in Chinese and English, exit status 2, no stack trace. */
public final class UserError extends RuntimeException {

    private final transient Text reason;

    public UserError(Text reason) {
        super(reason.both(), null, false, false);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
