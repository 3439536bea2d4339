package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.PubliciseRecommendation;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.review.stage.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(二): the recommender publicises its recommendation for at least 5 working days (决定 D-5). */
@Command(name = "publicise", description = {
    "推荐单位对推荐结果进行不少于 5 个工作日的公示，按国务院节假日及调休安排计算（六(二)、决定 D-5）",
    "the recommender publicises its recommendation for at least 5 working days, counted on China's holiday and"
        + " adjusted-working-day data (六(二), 决定 D-5)"})
final class PubliciseCommand implements Callable<Integer> {

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
                review.getInstance(PubliciseRecommendation.class).publicise(application, actor, workingDays)));
    }
}
