package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.CriteriaText;
import cn.zhicheng.core.spi.Annexes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "criteria", description = {"打印某领域各层级的评价条件 / print a field's criteria, level by level"})
final class CriteriaCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "FIELD", description = {"领域代码，如 AI / field code, e.g. AI"})
    String field;

    @Override
    public Integer call() {
        var criteria = Arguments.field(top.engine().getInstance(Annexes.class), field);
        top.output.print(new CriteriaText(top.language).render(criteria));
        return 0;
    }
}
