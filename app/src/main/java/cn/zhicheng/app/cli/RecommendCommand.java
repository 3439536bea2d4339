package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.RecommendApplication;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Recommendation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(二), 五(三)1: the recommender reviews an application and assesses 品德 (五(一)1). */
@Command(name = "recommend", description = {
    "推荐单位审核申报并评价品德：肯定则推荐，否定则不予推荐、申报终止（六(二)、五(三)1、五(一)1）",
    "a recommender reviews an application and assesses ethics: positive recommends it, negative declines it and"
        + " ends the application (六(二), 五(三)1, 五(一)1)"})
final class RecommendCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs acting;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = {
        "推荐单位类别 / kind of recommender: ${COMPLETION-CANDIDATES}"})
    RecommenderKind kind;

    @Option(names = "--ethics", required = true, paramLabel = "ASSESSMENT", description = {
        "品德评价：positive（肯定）或 negative（否定） / assessment of ethics: positive or negative"})
    Recommendation.Ethics ethics;

    @Option(names = "--remarks", paramLabel = "TEXT", description = {
        "推荐意见，否定时须写明理由（至多 2000 字） / remarks; the grounds of a negative assessment (up to 2000 characters)"})
    String remarks = "";

    @Override
    public Integer call() {
        Actor actor = acting.actor();
        return ReviewActs.run(top, store, review -> ActPrinter.print(top,
                review.getInstance(RecommendApplication.class).recommend(application, actor, kind, ethics, remarks)));
    }
}
