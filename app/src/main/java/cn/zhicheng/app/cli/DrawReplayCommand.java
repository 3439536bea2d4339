package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ReviewSessions;
import cn.zhicheng.core.eligibility.Message;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Draws a session's committee again from the stored seed and candidate list and compares (七(三)): exit 0 when equal. */
@Command(name = "draw-replay", description = {"按所存种子与候选名单重新抽取并比对（七(三)） / draw again from the stored seed and candidate list and compare (七(三))"})
final class DrawReplayCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "SESSION", description = {"评审会议编号 / session id"})
    String session;

    @Override
    public Integer call() {
        String id = CommitteeAnswers.id("SESSION", session);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            ReviewSessions.Replay r = top.review(db).getInstance(ReviewSessions.class).replay(id);
            if (r.same()) {
                top.language.lines(Message.of("cli.committee.replayed", id, r.recordSha256()))
                        .forEach(top.output::print);
                return 0;
            }
            top.language.lines(Message.of("cli.committee.replayDiffers", id, String.join(", ", r.stored()),
                    String.join(", ", r.again()))).forEach(top.output::problem);
            return 2;
        }));
    }
}
