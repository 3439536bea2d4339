package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.WithdrawApplication;
import cn.zhicheng.core.review.stage.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 五(三)1 自愿参加: the applicant withdraws an application before the expert review begins. */
@Command(name = "withdraw", description = {"撤回申报（五(三)1，专家评审开始前）",
    "withdraw an application (五(三)1, before the expert review begins)"})
final class WithdrawCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        String id = gathered.attempt(() -> ReviewArguments.id("APPLICATION", application));
        Actor actor = gathered.attempt(actingAs::actor);
        gathered.check();
        return store.with(db -> ActPrinter.print(top,
                top.review(db).getInstance(WithdrawApplication.class).withdraw(id, actor)));
    }
}
