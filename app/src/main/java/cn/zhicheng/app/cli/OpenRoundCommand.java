package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.OpenRound;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.spi.Annexes;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Opens a review round (三, 六): its fields, levels, application days and cut-off; an association's under its delegation. */
@Command(name = "open-round", description = {"开设评审批次（三、六；协会依委托开设，决定 D-12）",
    "open a review round (三, 六; an association under its delegation, 决定 D-12)"})
final class OpenRoundCommand implements Callable<Integer> {

    /** A round's id is short and plain: it names the round in every entry of the audit. */
    static final String ID = "[A-Za-z0-9._-]{1,64}";

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs acting;

    @Parameters(paramLabel = "ROUND", description = {"评审批次编号 / round id"})
    String id;

    @Option(names = "--year", required = true, description = {"年度 / year"})
    int year;

    @Option(names = "--fields", required = true, split = ",", paramLabel = "CODE",
            description = {"开放的领域代码，逗号分隔 / field codes opened, comma separated"})
    List<String> fields;

    @Option(names = "--levels", required = true, split = ",", paramLabel = "LEVEL",
            description = {"开放的层级，逗号分隔 / levels opened, comma separated"})
    List<String> levels;

    @Option(names = "--cut-off", required = true, paramLabel = "DATE",
            description = {"资历与业绩的计算截止日（决定 D-17） / the date years and windows count to (决定 D-17)"})
    String cutOff;

    @Option(names = "--applications-open", required = true, paramLabel = "DATE",
            description = {"申报开始日 / first day applications are taken"})
    String open;

    @Option(names = "--applications-close", required = true, paramLabel = "DATE",
            description = {"申报结束日 / last day applications are taken"})
    String close;

    @Option(names = "--association", paramLabel = "ID",
            description = {"组织本批次的行业协会（与 --delegation 同用） / the association running it (with --delegation)"})
    String association;

    @Option(names = "--delegation", paramLabel = "ID",
            description = {"协会所持委托编号 / the delegation the association holds"})
    String delegation;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        if (!id.matches(ID)) {
            gathered.add(Refusal.of("cli.round.id", id));
        }
        if (year < 2021 || year > 2199) {
            gathered.add(Refusal.of("cli.round.year", year));
        }
        if ((association == null) != (delegation == null)) {
            gathered.add(Refusal.of("cli.round.body"));
        }
        Annexes annexes = top.engine().getInstance(Annexes.class);
        Set<String> codes = new LinkedHashSet<>();
        for (String f : fields) {
            gathered.attempt(() -> codes.add(Arguments.field(annexes, f).field().code()));
        }
        Set<Level> lvls = new LinkedHashSet<>();
        for (String l : levels) {
            gathered.attempt(() -> lvls.add(Arguments.level(l)));
        }
        LocalDate cut = gathered.attempt(() -> Arguments.date("--cut-off", cutOff));
        LocalDate from = gathered.attempt(() -> Arguments.date("--applications-open", open));
        LocalDate to = gathered.attempt(() -> Arguments.date("--applications-close", close));
        Actor actor = gathered.attempt(acting::actor);
        if (from != null && to != null && to.isBefore(from)) {
            gathered.add(Refusal.of("cli.round.closesBeforeOpening", from, to));
        }
        gathered.check();
        RunningBody body = association == null ? new RunningBody.ProvincialOffice()
                : new RunningBody.DelegatedAssociation(association, delegation);
        Round round = new Round(id, year, codes, lvls, body, cut, from, to);
        return store.with(db -> RecordedPrinter.print(top,
                top.review(db).getInstance(OpenRound.class).open(round, actor)));
    }
}
