package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.input.Refusal;

/**
 * What a user gave an act (grounds, remarks, a number of working days, a batch's list) is refused as input before
 * anything is decided: the field and the reason, as a message key rendered in Chinese and English. Nothing is stored
 * and nothing is audited, as no act was attempted. Carries no stack trace.
 */
public final class ParticularsRefused extends RuntimeException {

    private final transient Refusal refusal;

    public ParticularsRefused(Refusal refusal) {
        super(requireNonNull(refusal, "refusal is null").key(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
