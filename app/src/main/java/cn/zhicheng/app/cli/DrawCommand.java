package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ReviewSessions;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.review.committee.ReviewGroup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Draws a session's committee at random from the expert pool, with recusal, and deals its review groups (七(三)). */
@Command(name = "draw", description = {"从专家库随机抽取评审委员会（回避，七(三)，决定 D-7至D-9）并分评审组 / draw the session's committee at random from the pool with recusal (七(三), 决定 D-7 to D-9) and deal its review groups"})
final class DrawCommand implements Callable<Integer> {

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
            ReviewSessions.Drawn d = top.review(db).getInstance(ReviewSessions.class).draw(id, actingAs.actor());
            top.language.lines(Message.of("cli.committee.drawn", id, d.draw().committee().size(),
                    Long.toString(d.draw().seed().seed()), d.draw().seed().algorithm(), d.draw().exclusions().size(),
                    d.groups().groups().size(), d.recordSha256())).forEach(top.output::print);
            for (int i = 0; i < d.draw().committee().size(); i++) {
                top.output.print("  " + (i + 1) + ". " + d.draw().committee().get(i));
            }
            for (ReviewGroup g : d.groups().groups()) {
                top.language.lines(Message.of("cli.committee.group", g.number(), String.join(", ", g.members()),
                        String.join(", ", g.applications()))).forEach(top.output::print);
            }
            return 0;
        }));
    }
}
