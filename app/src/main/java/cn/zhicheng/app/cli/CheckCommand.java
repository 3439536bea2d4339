package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.DecisionText;
import cn.zhicheng.app.view.DecisionView;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.eligibility.Decision;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.Annexes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = {"按领域和层级审查申报人是否符合申报条件，并逐条说明依据",
    "check an applicant file against a field and level, explained clause by clause"})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "FILE", description = {"申报人文件（YAML 或 JSON） / applicant file (YAML or JSON)"})
    Path file;

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = {"领域代码 / field code, e.g. AI"})
    String field;

    @Option(names = "--level", required = true, paramLabel = "LEVEL",
            description = {"层级 / level: JUNIOR, INTERMEDIATE, ASSOCIATE_SENIOR, SENIOR (或 初级、中级、副高级、正高级)"})
    String level;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"审查日期，默认今天 / evaluation date, default today"})
    String asOf;

    @Option(names = "--json", description = {"以 JSON 输出 / print JSON"})
    boolean json;

    @Override
    public Integer call() throws Exception {
        var criteria = Arguments.field(top.engine().getInstance(Annexes.class), field);
        var lvl = Arguments.level(level);
        LocalDate date = asOf == null ? top.today() : Arguments.date("--as-of", asOf);
        ApplicantFile applicant = ApplicantFiles.read(top.engine().getInstance(StrictReader.class), file);
        Decision decision = top.engine().getInstance(Evaluator.class).evaluate(applicant, criteria, lvl, date);
        top.output.print(json ? Json.write(DecisionView.of(applicant, decision))
                : new DecisionText(top.language).render(applicant, decision));
        return 0;
    }
}
