package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.BlindReview;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A committee member reads an application's dossier anonymised, for the blind first review (七(二)). */
@Command(name = "blind-view", description = {"评审委员阅读匿名化的申报材料（匿名评审，七(二)） / a committee member reads the anonymised dossier (blind review, 七(二))"})
final class BlindViewCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(index = "0", paramLabel = "SESSION", description = {"评审会议编号 / session id"})
    String session;

    @Parameters(index = "1", paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Override
    public Integer call() {
        String s = CommitteeAnswers.id("SESSION", session);
        String a = CommitteeAnswers.id("APPLICATION", application);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            BlindReview.BlindView v = top.review(db).getInstance(BlindReview.class).view(s, a, actingAs.actor());
            top.output.print(v.dossierJson());
            return 0;
        }));
    }
}
