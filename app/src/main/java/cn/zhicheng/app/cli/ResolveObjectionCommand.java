package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ResolveObjection;
import cn.zhicheng.core.review.stage.Act;
import cn.zhicheng.core.review.stage.Actor;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 决定 D-6: the responsible office dismisses or upholds an objection. */
@Command(name = "resolve-objection", description = {
    "处理公示期内的异议：不成立则继续；成立则退回补正或终止申报（决定 D-6）",
    "resolve an objection lodged during a publicity: dismissed, the application proceeds; upheld, it returns for"
        + " correction or ends (决定 D-6)"})
final class ResolveObjectionCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs acting;

    @Parameters(paramLabel = "OBJECTION", description = {"异议编号，如 OBJ-000001 / objection id, e.g. OBJ-000001"})
    String objection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Ruling ruling;

    /** Exactly one of the three resolutions. */
    static final class Ruling {
        @Option(names = "--dismiss", required = true, description = {"异议不成立 / dismiss the objection"})
        boolean dismiss;

        @Option(names = "--uphold-return", required = true, description = {
            "异议成立，退回补正（须列出补正事项） / uphold it and return the application (list what to correct)"})
        boolean upholdReturn;

        @Option(names = "--uphold-refuse", required = true, description = {
            "异议成立，终止申报 / uphold it and end the application"})
        boolean upholdRefuse;

        Act act() {
            return dismiss ? Act.DISMISS_OBJECTION
                    : upholdReturn ? Act.UPHOLD_OBJECTION_AND_RETURN : Act.UPHOLD_OBJECTION_AND_REFUSE;
        }
    }

    @Option(names = "--reasons", required = true, paramLabel = "TEXT", description = {
        "处理理由（至多 2000 字） / reasons (up to 2000 characters)"})
    String reasons;

    @Option(names = "--correct", paramLabel = "WHAT", description = {
        "补正事项，可重复，至多 50 项 / what to correct, repeatable, up to 50"})
    List<String> corrections = List.of();

    @Override
    public Integer call() {
        Actor actor = acting.actor();
        return ReviewActs.run(top, store, review -> {
            ResolveObjection.Resolved resolved = review.getInstance(ResolveObjection.class)
                    .resolve(objection, actor, ruling.act(), reasons, corrections);
            int exit = ActPrinter.print(top, resolved.result());
            resolved.message().ifPresent(m -> top.language.lines(m).forEach(top.output::print));
            return exit;
        });
    }
}
