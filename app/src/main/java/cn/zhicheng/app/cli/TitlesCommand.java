package cn.zhicheng.app.cli;

import cn.zhicheng.core.policy.Title;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "titles", description = {"列出三个系列的十二个职称（二） / list the twelve titles of the three series (二)"})
final class TitlesCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Override
    public Integer call() {
        StringBuilder b = new StringBuilder(top.language.of(new cn.zhicheng.core.policy.Text(
                "三个系列、四个层级的职称名称", "Titles of the three series at four levels")))
                .append(" [").append(Title.CLAUSE).append("]\n");
        for (Title t : Title.values()) {
            b.append(String.format("%-42s %-34s %s", t.name(), top.language.of(t.series().label()),
                    top.language.of(t.level().label()) + " · " + top.language.of(t.label()))).append('\n');
        }
        top.output.print(b.toString());
        return 0;
    }
}
