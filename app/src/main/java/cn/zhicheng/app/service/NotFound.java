package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Text;

/**
 * An act names an application or round the store does not hold. Nothing is decided and nothing is audited: there
 * is no subject to record it against. The message is in Chinese and English, without a stack trace.
 */
public final class NotFound extends RuntimeException {

    private final transient Text reason;

    public NotFound(Text reason) {
        super(requireNonNull(reason, "reason is null").both(), null, false, false);
        this.reason = reason;
    }

    static NotFound application(String id) {
        return new NotFound(new Text("没有编号为 " + id + " 的申报", "there is no application " + id));
    }

    static NotFound round(String id) {
        return new NotFound(new Text("没有编号为 " + id + " 的评审批次", "there is no review round " + id));
    }

    public Text reason() {
        return reason;
    }
}
