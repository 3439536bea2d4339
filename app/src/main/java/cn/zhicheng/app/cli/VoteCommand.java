package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.SecretBallot;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.review.committee.Vote;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * A member casts their secret ballot on one application (七(二) 无记名投票, 决定 D-7): in person, once, before the box
 * closes. The answer shows turnout only, never the vote.
 */
@Command(name = "vote", description = {"委员对一项申报无记名投票：本人、一次、截止前（七(二)，决定 D-7） / a member casts a secret ballot on one application: in person, once, before the box closes (七(二), 决定 D-7)"})
final class VoteCommand implements Callable<Integer> {

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

    @Option(names = "--yes", description = {"同意 / yes"})
    boolean yes;

    @Option(names = "--no", description = {"不同意 / no"})
    boolean no;

    @Option(names = "--abstain", description = {"弃权 / abstain"})
    boolean abstain;

    @Option(names = "--member", paramLabel = "EXPERT", description = {"选票所属委员（默认本人；代投不予受理） / whose ballot it is (default: the actor; a proxy is refused)"})
    String member;

    @Override
    public Integer call() {
        String s = CommitteeAnswers.id("SESSION", session);
        String a = CommitteeAnswers.id("APPLICATION", application);
        if ((yes ? 1 : 0) + (no ? 1 : 0) + (abstain ? 1 : 0) != 1) {
            throw new UserError(Refusal.of("cli.committee.vote"));
        }
        Vote vote = yes ? Vote.YES : no ? Vote.NO : Vote.ABSTAIN;
        var actor = actingAs.actor();
        String whose = member == null ? actor.id() : CommitteeAnswers.id("--member", member);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            SecretBallot.Receipt r = top.review(db).getInstance(SecretBallot.class).cast(s, a, whose, vote, actor);
            top.language.lines(Message.of("cli.committee.cast", a, r.voted(), r.eligible()))
                    .forEach(top.output::print);
            return 0;
        }));
    }
}
