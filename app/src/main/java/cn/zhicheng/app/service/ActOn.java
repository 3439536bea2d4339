package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.review.stage.Actor;

/** One act of a batch: the application it is taken on and who takes it. */
public record ActOn(String applicationId, Actor actor) {

    public ActOn {
        requireNonNull(applicationId, "applicationId is null");
        requireNonNull(actor, "actor is null");
    }
}
