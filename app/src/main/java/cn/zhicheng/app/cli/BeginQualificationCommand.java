package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.BeginQualificationReview;
import cn.zhicheng.core.review.stage.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(三) 资格审核: a qualification reviewer takes up an application sent to the province. */
@Command(name = "begin-qualification", description = {"开始资格审核（六(三)），由评审机构的资格审核人员办理",
    "begin the qualification review (六(三)), by a qualification reviewer of the body running the round"})
final class BeginQualificationCommand implements Callable<Integer> {

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
                top.review(db).getInstance(BeginQualificationReview.class).begin(id, actor)));
    }
}
