package cn.zhicheng.app.cli;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Annexes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "fields", description = {"列出全部领域及其职称 / list the fields and their titles"})
final class FieldsCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Override
    public Integer call() {
        StringBuilder b = new StringBuilder();
        for (FieldCriteria f : top.engine().getInstance(Annexes.class).fields()) {
            b.append(String.format("%-22s %-6s %s", f.field().code(), f.field().annex(),
                    top.language.of(f.field().name()))).append('\n');
            b.append(String.format("%-29s %s · %s %s", "", top.language.of(f.field().series().label()),
                    f.ruleSet().annexId(), f.ruleSet().version())).append('\n');
            b.append(String.format("%-29s ", ""));
            for (Level level : Level.awarded()) {
                b.append(top.language.of(f.at(level).title().label())).append("  ");
            }
            b.append('\n');
        }
        top.output.print(b.toString());
        return 0;
    }
}
