package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ReviewSessions;
import cn.zhicheng.app.store.StoredSession;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Annexes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Opens a review session of one field and level over qualified applications (七(三); committee size 决定 D-7). */
@Command(name = "session-open", description = {"开启一次评审会议：一个领域、一个级别、若干资格审核通过的申报（七(三)，决定 D-7） / open a review session of one field and level over qualified applications (七(三), 决定 D-7)"})
final class SessionOpenCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(index = "0", paramLabel = "SESSION", description = {"评审会议编号 / session id"})
    String session;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "APPLICATION", description = {"申报编号 / application ids"})
    List<String> applications;

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = {"领域代码，如 AI / field code, e.g. AI"})
    String field;

    @Option(names = "--level", required = true, paramLabel = "LEVEL", description = {"级别 / level: JUNIOR, INTERMEDIATE, ASSOCIATE_SENIOR, SENIOR"})
    String level;

    @Option(names = "--committee-size", paramLabel = "N", description = {"评审委员会人数（奇数，默认按级别取最小值：高级25、中初级11） / committee size (odd; default the minimum for the level: 25 senior, 11 otherwise)"})
    Integer committeeSize;

    @Option(names = "--group-size", paramLabel = "N", description = {"评审组每组至少人数（3至25，默认3） / members per review group, at least (3 to 25, default 3)"})
    int groupSize = 3;

    @Override
    public Integer call() {
        String id = CommitteeAnswers.id("SESSION", session);
        List<String> apps = CommitteeAnswers.ids("APPLICATION", applications, ReviewSessions.LARGEST_SESSION);
        String code = Arguments.field(top.engine().getInstance(Annexes.class), field).field().code();
        Level l = Arguments.level(level);
        ReviewSessions.Opening opening = new ReviewSessions.Opening(id, code, l, Optional.ofNullable(committeeSize),
                groupSize, apps);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            StoredSession s = top.review(db).getInstance(ReviewSessions.class).open(opening, actingAs.actor());
            top.language.lines(Message.of("cli.committee.opened", s.id(), s.field(), s.level(), apps.size(),
                    s.committeeSize(), s.groupSize())).forEach(top.output::print);
            return 0;
        }));
    }
}
