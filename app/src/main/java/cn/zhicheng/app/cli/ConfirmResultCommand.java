package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.SecretBallot;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.Refusal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A member present confirms the session's result by its SHA-256 (七(二): the committee signs the result). */
@Command(name = "confirm-result", description = {"出席委员以 SHA-256 确认表决结果（七(二)） / a member present confirms the result by its SHA-256 (七(二))"})
final class ConfirmResultCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "SESSION", description = {"评审会议编号 / session id"})
    String session;

    @Option(names = "--sha256", required = true, paramLabel = "HASH", description = {"close-vote 给出的结果 sha256 / the result sha256 close-vote printed"})
    String sha256;

    @Override
    public Integer call() {
        String id = CommitteeAnswers.id("SESSION", session);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new UserError(Refusal.of("cli.committee.sha256", sha256));
        }
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            SecretBallot.Confirmed c = top.review(db).getInstance(SecretBallot.class).confirm(id, sha256,
                    actingAs.actor());
            top.language.lines(Message.of("cli.committee.confirmed", id, c.confirmed(), c.signatories(),
                    c.resultSha256())).forEach(top.output::print);
            if (c.complete()) {
                top.language.lines(Message.of("cli.committee.complete")).forEach(top.output::print);
            }
            return 0;
        }));
    }
}
