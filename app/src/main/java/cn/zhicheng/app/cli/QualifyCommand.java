package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ActResult;
import cn.zhicheng.app.service.ConcludeQualificationReview;
import cn.zhicheng.app.service.QualificationResult;
import cn.zhicheng.app.view.DecisionText;
import cn.zhicheng.core.audit.Document;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Correction;
import cn.zhicheng.core.review.stage.CorrectionDeadline;
import cn.zhicheng.core.review.stage.VerdictSheet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * 六(三) 资格审核, concluded: reads the reviewer's verdicts, has the review decide again on the stored dossier and
 * conclude, and prints the decision (verdict and findings) and what the review came to.
 */
@Command(name = "qualify", description = {
    "资格审核结论（六(三)）：录入对每项材料的审核意见（accepted / rejected 附 reason / needs-more 附 what），"
        + "按批次截止日期施行的规则集重新判定，作出通过、退回补正或不予通过的结论",
    "conclude the qualification review (六(三)): record a verdict on each piece of evidence (accepted / rejected"
        + " with reason / needs-more with what), decide again under the rule set in force on the round's cut-off"
        + " date, and qualify, return for correction or refuse"})
final class QualifyCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    StoreOptions store;

    @Mixin
    ActingAs actingAs;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--verdicts", required = true, paramLabel = "FILE",
            description = {"审核意见文件（YAML 或 JSON）：verdicts: [{evidence: 编号, verdict: accepted|rejected|needs-more, reason|what}]",
                "verdicts file (YAML or JSON): verdicts: [{evidence: ID, verdict: accepted|rejected|needs-more, reason|what}]"})
    Path verdicts;

    @Option(names = "--correction-days", paramLabel = "DAYS",
            description = {"退回补正时给予的天数（1–90，默认15；不含退回当日，末日遇休息日顺延）",
                "days given to correct a returned application (1-90, default 15; the day of the return not counted,"
                    + " a last day on a rest day moves to the next working day)"})
    int days = CorrectionDeadline.DEFAULT_DAYS;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        String id = gathered.attempt(() -> ReviewArguments.id("APPLICATION", application));
        Actor actor = gathered.attempt(actingAs::actor);
        Integer period = gathered.attempt(() -> ReviewArguments.correctionDays(days));
        VerdictSheet sheet = gathered.attempt(() ->
                ReviewArguments.verdicts(top.engine().getInstance(StrictReader.class), verdicts));
        gathered.check();
        return store.with(db -> {
            QualificationResult result = top.review(db).getInstance(ConcludeQualificationReview.class)
                    .conclude(id, actor, sheet.toVerdicts(), period);
            result.decision().ifPresent(d -> top.output.print(new DecisionText(top.language).render(d)));
            if (result.act() instanceof ActResult.Done done) {
                concluded(result, done);
                return 0;
            }
            return ActPrinter.print(top, result.act());
        });
    }

    /** The stored decision's digest as the audit entry names it, the move, what to correct and by when. */
    private void concluded(QualificationResult result, ActResult.Done done) {
        result.decision().ifPresent(d -> top.language.lines(Message.of("cli.qualify.stored",
                done.entry().act().document().map(Document::sha256).orElse("-"), d.ruleSet().annexId(),
                d.ruleSet().version(), d.cutOff())).forEach(top.output::print));
        top.language.lines(Message.of("cli.act.done", done.application().id(), done.moved().act(),
                done.moved().from(), done.moved().to(), done.moved().clause(), done.entry().sequence()))
                .forEach(top.output::print);
        for (Correction c : done.moved().corrections()) {
            top.language.lines(Message.of("cli.qualify.correction", c.evidenceId().orElse("-"), c.what()))
                    .forEach(top.output::print);
        }
        result.deadline().ifPresent(d -> top.language.lines(Message.of("cli.qualify.correctBy", d.lastDay(),
                d.days(), d.returnedOn())).forEach(top.output::print));
    }
}
