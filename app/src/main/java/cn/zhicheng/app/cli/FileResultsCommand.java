package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.FileResults;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** 六(六) 备案: the association files its round's results with the provincial office. */
@Command(name = "file-results", description = {"协会将评审结果报省人社厅备案（六(六)） / an association files its round's results with the provincial office (六(六))",
    "由受委托的协会办理：--as association:编号@协会编号；省人社厅自行组织的评审无需备案。",
    "Taken by the association under delegation: --as association:ID@ASSOCIATION; a provincial round files nothing."})
final class FileResultsCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "ROUND", description = {"评审批次编号 / review round id"})
    String round;

    @Option(names = "--name", required = true, paramLabel = "TEXT",
            description = {"协会中文名称，印在证书上 / the association's Chinese name, as the certificate shows it"})
    String name;

    @Option(names = "--name-en", required = true, paramLabel = "TEXT",
            description = {"协会英文名称 / the association's English name"})
    String nameEn;

    @Override
    public Integer call() {
        String zh = Refusing.text("--name", name, FileResults.LONGEST_NAME);
        String en = Refusing.text("--name-en", nameEn, FileResults.LONGEST_NAME);
        return store.with(db -> Refusing.run(() -> FilingPrinter.print(top, top.review(db).getInstance(FileResults.class)
                .file(round, zh, en, actingAs.actor()))));
    }
}
