package cn.zhicheng.app.cli;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.Annexes;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "fields", description = {"列出全部领域及其职称 / list the fields and their titles"})
final class FieldsCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Override
    public Integer call() {
        StringBuilder b = new StringBuilder();
        Annexes annexes = top.engine().getInstance(Annexes.class);
        for (FieldCriteria f : annexes.fields()) {
            b.append(String.format("%-22s %-6s %s", f.field().code(), f.field().annex(),
                    top.language.of(f.field().name()))).append('\n');
            // every dated version of the field's annex, oldest first (the rule book picks one by date)
            String versions = annexes.ruleBook().versions(f.field().code()).stream()
                    .map(v -> v.ruleSet().version() + " " + top.language.of(new Text("自", "from")) + " "
                            + v.ruleSet().effectiveFrom())
                    .collect(Collectors.joining("; "));
            b.append(String.format("%-29s %s · %s %s", "", top.language.of(f.field().series().label()),
                    f.ruleSet().annexId(), versions)).append('\n');
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
