package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.RequestAppeal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 决定 D-10 复查: the applicant asks for re-examination of a failed review. */
@Command(name = "appeal", description = {"申请复查（决定 D-10） / ask for re-examination (决定 D-10)",
    "结果公示期满后30日内（遇法定节假日顺延），每轮评审限一次；--as applicant:编号。",
    "Within 30 days after the result publicity ends (moved off a rest day), once per round; --as applicant:ID."})
final class AppealCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--grounds", required = true, paramLabel = "TEXT",
            description = {"申请复查的理由（至多2000字） / grounds for the request (at most 2000 characters)"})
    String grounds;

    @Override
    public Integer call() {
        String text = Refusing.text("--grounds", grounds, RequestAppeal.LONGEST_TEXT);
        return store.with(db -> Refusing.run(() -> ActPrinter.print(top, top.review(db)
                .getInstance(RequestAppeal.class).request(application, text, actingAs.actor()))));
    }
}
