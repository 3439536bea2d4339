package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.DecisionText;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.overlay.Overlay;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = {"按领域和层级审查申报人是否符合申报条件，并逐条说明依据",
    "check an applicant file against a field and level, explained clause by clause"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    ApplicantQuery query;

    @Option(names = "--level", required = true, paramLabel = "LEVEL",
            description = {"层级 / level: JUNIOR, INTERMEDIATE, ASSOCIATE_SENIOR, SENIOR (或 初级、中级、副高级、正高级)"})
    String level;

    @Option(names = "--overlay", paramLabel = "OVERLAY", description = {
        "协会标准叠加文件：在省级条件上提高要求（四，决定 D-12）",
        "an association's overlay file raising the provincial criteria (四, 决定 D-12)"})
    java.nio.file.Path overlay;

    @Mixin
    OverlayOption overlayOption;

    @Override
    public Integer call() throws Exception {
        // every wrong argument and every problem of the file, reported together
        Gathered gathered = new Gathered();
        String field = gathered.attempt(() -> query.fieldCode(top));
        var lvl = gathered.attempt(() -> Arguments.level(level));
        LocalDate date = gathered.attempt(() -> query.date(top));
        LocalDate cutOff = gathered.attempt(() -> query.cutOff(date));
        ApplicantFile applicant = gathered.attempt(() -> query.applicant(top));
        gathered.check();
        var criteria = ApplicantQuery.criteria(top, field, date);
        DecisionRecord decision;
        if (overlay == null) {
            decision = top.engine().getInstance(Decisions.class).decide(applicant, criteria, lvl, date, cutOff);
        } else {
            Overlay.Applied applied = overlayOption.checked(top, overlay).apply(criteria, date);
            decision = top.engine().getInstance(Decisions.class)
                    .decide(applicant, applied.criteria(), lvl, date, cutOff).withOverlay(applied.pin(lvl));
        }
        top.output.print(query.json ? new String(DecisionJson.bytes(decision), StandardCharsets.UTF_8)
                : new DecisionText(top.language).render(applicant, decision));
        return 0;
    }
}
