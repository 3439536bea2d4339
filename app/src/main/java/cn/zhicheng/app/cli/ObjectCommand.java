package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.LodgeObjection;
import cn.zhicheng.core.review.stage.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 决定 D-6: anyone objects to an application during its publicity, until the period ends. */
@Command(name = "object", description = {
    "在推荐公示或结果公示期内对申报提出异议，公示期满后不再受理；可以匿名（决定 D-6）",
    "object to an application during its recommendation or result publicity, until the period ends; may be"
        + " anonymous (决定 D-6)"})
final class ObjectCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs acting;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--grounds", required = true, paramLabel = "TEXT", description = {
        "异议理由（至多 2000 字） / grounds of the objection (up to 2000 characters)"})
    String grounds;

    @Option(names = "--by", paramLabel = "NAME", description = {
        "异议人姓名，可不填（匿名） / who objects; leave out to object anonymously"})
    String by = "";

    @Override
    public Integer call() {
        Actor actor = acting.actor();
        return ReviewActs.run(top, store, review -> {
            LodgeObjection.Lodged lodged = review.getInstance(LodgeObjection.class)
                    .lodge(application, actor, grounds, by);
            int exit = ActPrinter.print(top, lodged.result());
            lodged.receipt().ifPresent(m -> top.language.lines(m).forEach(top.output::print));
            return exit;
        });
    }
}
