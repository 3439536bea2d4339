package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.ReviewSessions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Every application of the session enters the expert review, once its committee is drawn (六(四), 七(三)). */
@Command(name = "begin-review", description = {"评审委员会抽取后，将本次会议的全部申报提交专家评审（六(四)） / once the committee is drawn, every application of the session enters the expert review (六(四))"})
final class BeginReviewCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "SESSION", description = {"评审会议编号 / session id"})
    String session;

    @Override
    public Integer call() {
        String id = CommitteeAnswers.id("SESSION", session);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            List<ActResult> results = top.review(db).getInstance(ReviewSessions.class).begin(id, actingAs.actor());
            int exit = 0;
            for (ActResult r : results) {
                exit = Math.max(exit, ActPrinter.print(top, r));
            }
            return exit;
        }));
    }
}
