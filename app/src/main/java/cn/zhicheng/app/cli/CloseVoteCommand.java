package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.SecretBallot;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.review.committee.Tally;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Closes the ballot box and records each application's vote from its tally (六(四), 决定 D-7). */
@Command(name = "close-vote", description = {"关闭投票箱，按计票结果记录每项申报的表决结果（六(四)，决定 D-7） / close the ballot box and record each application's vote from its tally (六(四), 决定 D-7)"})
final class CloseVoteCommand implements Callable<Integer> {

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
            SecretBallot.Closed c = top.review(db).getInstance(SecretBallot.class).close(id, actingAs.actor());
            if (!c.landed()) {
                return ActPrinter.print(top, c.recorded().get(0));
            }
            for (Tally t : c.tallies()) {
                top.output.print(t.applicationId() + ":");
                top.language.lines(t.explanation()).forEach(l -> top.output.print("  " + l));
            }
            c.recorded().forEach(r -> ActPrinter.print(top, r));
            top.language.lines(Message.of("cli.committee.closed", id, c.resultSha256())).forEach(top.output::print);
            return 0;
        }));
    }
}
