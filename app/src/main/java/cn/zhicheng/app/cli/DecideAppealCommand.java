package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.DecideAppeal;
import cn.zhicheng.app.service.RequestAppeal;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 决定 D-10: the appeals officer grants or dismisses a re-examination, with reasons. */
@Command(name = "decide-appeal", description = {"作出复查决定（决定 D-10） / decide a re-examination (决定 D-10)",
    "--grant：重新进入专家评审；--dismiss：维持原结果。--as appeals_officer:编号。",
    "--grant: back to the expert review; --dismiss: the result stands. --as appeals_officer:ID."})
final class DecideAppealCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Ruling ruling;

    static final class Ruling {
        @Option(names = "--grant", required = true, description = {"复查成立 / grant"})
        boolean grant;

        @Option(names = "--dismiss", required = true, description = {"维持原结果 / dismiss"})
        boolean dismiss;
    }

    @Option(names = "--reasons", required = true, paramLabel = "TEXT",
            description = {"复查决定的理由（至多2000字） / reasons for the decision (at most 2000 characters)"})
    String reasons;

    @Override
    public Integer call() {
        String text = Refusing.text("--reasons", reasons, RequestAppeal.LONGEST_TEXT);
        return store.with(db -> ActPrinter.print(top, top.review(db).getInstance(DecideAppeal.class)
                .decide(application, ruling.grant, text, actingAs.actor())));
    }
}
