package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.CriteriaText;
import cn.zhicheng.core.spi.Annexes;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "criteria", description = {"打印某领域各层级的评价条件 / print a field's criteria, level by level"})
final class CriteriaCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "FIELD", description = {"领域代码，如 AI / field code, e.g. AI"})
    String field;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"日期，取其时施行的版本，默认今天 / the date whose version "
        + "in force is shown, default today"})
    String asOf;

    @Override
    public Integer call() {
        String code = Arguments.field(top.engine().getInstance(Annexes.class), field).field().code();
        LocalDate date = asOf == null ? top.today() : Arguments.date("--as-of", asOf);
        var criteria = ApplicantQuery.criteria(top, code, date);
        top.output.print(new CriteriaText(top.language).render(criteria));
        return 0;
    }
}
