package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.AggregateBatch;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.review.stage.Actor;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * 六(二): the local HR office aggregates applications into one batch sent to the province. Exit 0 when every listed
 * application was sent, 2 when any was refused (the others are sent and the refused ones named with their clause).
 */
@Command(name = "aggregate", description = {
    "当地人社部门将公示期满且无未处理异议的申报审核汇总，作为一个批次报送省人力资源和社会保障厅（六(二)）；"
        + "不符合条件的申报逐项列明依据，其余照常报送",
    "the local HR office aggregates applications whose publicity has ended with no open objection into one batch"
        + " sent to the province (六(二)); those refused are listed with their clause, the rest are sent"})
final class AggregateCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs acting;

    @Parameters(paramLabel = "APPLICATION", arity = "1..*", description = {
        "申报编号，至多 500 项 / application ids, up to 500"})
    List<String> applications;

    @Option(names = "--batch", required = true, paramLabel = "ID", description = {
        "汇总批次编号 / the batch's id"})
    String batch;

    @Override
    public Integer call() {
        Actor actor = acting.actor();
        return ReviewActs.run(top, store, review -> {
            AggregateBatch.Batch sent = review.getInstance(AggregateBatch.class).aggregate(batch, actor, applications);
            for (AggregateBatch.Member m : sent.members()) {
                if (m.result() instanceof ActResult.Refused) {
                    top.language.lines(Message.of("review.batch.member", m.applicationId()))
                            .forEach(top.output::problem);
                }
                ActPrinter.print(top, m.result());
            }
            top.language.lines(sent.stored()
                    ? Message.of("review.batch.sent", sent.id(), sent.sent().size(), sent.office(),
                            sent.sentAt().atZone(Zhicheng.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString(),
                            sent.refused().size())
                    : Message.of("review.batch.notStored", sent.id())).forEach(top.output::print);
            return sent.refused().isEmpty() ? 0 : 2;
        });
    }
}
