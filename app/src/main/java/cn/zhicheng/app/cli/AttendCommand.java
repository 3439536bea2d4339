package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.SecretBallot;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Records the members present and the methods used, and opens the ballot box when a quorum is present (决定 D-7). */
@Command(name = "attend", description = {"记录出席委员与评价方式，达到法定人数即开启投票箱（决定 D-7，五(一)2） / record the members present and the methods used; the ballot box opens with a quorum (决定 D-7, 五(一)2)"})
final class AttendCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "SESSION", description = {"评审会议编号 / session id"})
    String session;

    @Option(names = "--present", required = true, arity = "1..*", split = ",", paramLabel = "EXPERT",
            description = {"出席的委员编号 / ids of the members present"})
    List<String> present;

    @Option(names = "--methods", required = true, split = ",", paramLabel = "METHOD",
            description = {"评价方式 / methods: EXAM, DEFENCE, PRACTICAL_OPERATION, SHOWCASE"})
    List<EvaluationMethod> methods;

    @Override
    public Integer call() {
        String id = CommitteeAnswers.id("SESSION", session);
        Set<String> members = CommitteeAnswers.ids("--present", new TreeSet<>(present), cn.zhicheng.app.service.ReviewSessions.LARGEST_COMMITTEE);
        Set<EvaluationMethod> used = new LinkedHashSet<>(methods);
        return CommitteeAnswers.answer(top, () -> store.with(db -> {
            SecretBallot.Opened o = top.review(db).getInstance(SecretBallot.class).attend(id, members, used,
                    actingAs.actor());
            String names = o.methods().stream().sorted().map(m -> top.language.of(m.label()))
                    .collect(Collectors.joining(", "));
            top.language.lines(Message.of("cli.committee.attended", id, o.present().size(), o.members(), o.quorum(),
                    names)).forEach(top.output::print);
            return 0;
        }));
    }
}
