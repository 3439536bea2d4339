package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.FileResults;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(六) 备案: the provincial office acknowledges an association's filing with its reference. */
@Command(name = "acknowledge-filing", description = {"省人社厅确认协会的评审结果备案（六(六)） / the provincial office acknowledges an association's filing (六(六))",
    "--as provincial_office:编号；--reference 为备案文号，印在协会颁发的证书上。",
    "--as provincial_office:ID; --reference is the filing reference the association's certificates name."})
final class AcknowledgeFilingCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "ROUND", description = {"评审批次编号 / review round id"})
    String round;

    @Option(names = "--reference", required = true, paramLabel = "TEXT",
            description = {"备案文号 / filing reference"})
    String reference;

    @Override
    public Integer call() {
        String ref = Refusing.text("--reference", reference, FileResults.LONGEST_REFERENCE);
        return store.with(db -> Refusing.run(() -> FilingPrinter.print(top, top.review(db).getInstance(FileResults.class)
                .acknowledge(round, ref, actingAs.actor()))));
    }
}
