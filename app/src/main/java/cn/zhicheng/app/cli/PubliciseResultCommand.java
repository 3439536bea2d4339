package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.PubliciseResult;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.review.stage.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(五): the body running the round publicises a passed application's result for at least 5 working days. */
@Command(name = "publicise-result", description = {
    "评审机构对评审通过的结果进行不少于 5 个工作日的公示（六(五)、决定 D-5）",
    "the body running the round publicises a passed result for at least 5 working days (六(五), 决定 D-5)"})
final class PubliciseResultCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs acting;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--working-days", paramLabel = "N", description = {
        "公示工作日数，5 至 60（默认 5） / length of the publicity in working days, 5 to 60 (default 5)"})
    int workingDays = Publicity.MINIMUM_WORKING_DAYS;

    @Override
    public Integer call() {
        Actor actor = acting.actor();
        return ReviewActs.run(top, store, review -> PublicityPrinter.print(top,
                review.getInstance(PubliciseResult.class).publicise(application, actor, workingDays)));
    }
}
