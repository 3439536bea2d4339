package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.ResubmitApplication;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.review.stage.Actor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * 六(三) 补正: the applicant resubmits a corrected applicant file for a returned application, read exactly as
 * {@code check} reads it; the stored dossier is replaced and the one before is kept.
 */
@Command(name = "resubmit", description = {"补正后重新提交申报材料（六(三)），须在退回时确定的期限内",
    "resubmit a corrected applicant file for a returned application (六(三)), by the day the return set"})
final class ResubmitCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(index = "0", paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Parameters(index = "1", paramLabel = "FILE", description = {"补正后的申报人文件（YAML 或 JSON） / corrected applicant file (YAML or JSON)"})
    Path file;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        String id = gathered.attempt(() -> ReviewArguments.id("APPLICATION", application));
        Actor actor = gathered.attempt(actingAs::actor);
        ApplicantFile applicant = gathered.attempt(() ->
                ApplicantFiles.read(top.engine().getInstance(StrictReader.class), file));
        gathered.check();
        return store.with(db -> {
            ActResult result = top.review(db).getInstance(ResubmitApplication.class).resubmit(id, applicant, actor);
            if (result instanceof ActResult.Done done) {
                top.language.lines(Message.of("cli.resubmit.dossier", done.application().dossierSha256()))
                        .forEach(top.output::print);
            }
            return ActPrinter.print(top, result);
        });
    }
}
