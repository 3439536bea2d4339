package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.ApplicationIds;
import cn.zhicheng.app.service.SubmitApplication;
import cn.zhicheng.app.service.Submission;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.spi.Annexes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * 六(一) 个人申报: submits an applicant file in a round. The file is read exactly as {@code check} reads it, so a bad
 * file is refused the same way (exit 2) and nothing is stored. Without {@code --id} the id is derived from the round,
 * field, level and dossier ({@link ApplicationIds}): the same dossier applied twice is refused as repeated.
 */
@Command(name = "apply", description = {"个人申报：在评审批次中提交申报人文件（六(一)）；未给 --id 时，申报编号由批次、领域、层级和申报材料摘要导出",
    "apply: submit an applicant file in a review round (六(一)); without --id the application id is derived from the"
        + " round, field, level and the dossier's digest"})
final class ApplyCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "FILE", description = {"申报人文件（YAML 或 JSON） / applicant file (YAML or JSON)"})
    Path file;

    @Option(names = "--round", required = true, paramLabel = "ROUND", description = {"评审批次编号 / review round id"})
    String round;

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = {"领域代码 / field code, e.g. AI"})
    String field;

    @Option(names = "--level", required = true, paramLabel = "LEVEL",
            description = {"层级 / level: JUNIOR, INTERMEDIATE, ASSOCIATE_SENIOR, SENIOR (或 初级、中级、副高级、正高级)"})
    String level;

    @Option(names = "--id", paramLabel = "APP-ID",
            description = {"申报编号（默认：APP- 加批次、领域、层级与申报材料摘要的 SHA-256 前16位）",
                "application id (default: APP- and the first 16 hex digits of the SHA-256 over round, field, level and"
                    + " dossier digest)"})
    String id;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        String code = gathered.attempt(() -> Arguments.field(top.engine().getInstance(Annexes.class), field)
                .field().code());
        Level lvl = gathered.attempt(() -> Arguments.level(level));
        String roundId = gathered.attempt(() -> ReviewArguments.id("--round", round));
        String given = id == null ? null : gathered.attempt(() -> ReviewArguments.id("--id", id));
        Actor actor = gathered.attempt(actingAs::actor);
        ApplicantFile applicant = gathered.attempt(() ->
                ApplicantFiles.read(top.engine().getInstance(StrictReader.class), file));
        gathered.check();
        String applicationId = given != null ? given : ApplicationIds.derive(roundId, code, lvl, applicant);
        return store.with(db -> {
            ActResult result = top.review(db).getInstance(SubmitApplication.class)
                    .submit(new Submission(applicationId, roundId, code, lvl, applicant), actor);
            if (result instanceof ActResult.Done done) {
                top.language.lines(Message.of("cli.apply.submitted", applicationId,
                        done.application().dossierSha256())).forEach(top.output::print);
            }
            return ActPrinter.print(top, result);
        });
    }
}
