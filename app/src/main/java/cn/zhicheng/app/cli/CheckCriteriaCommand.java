package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.ScrutinyText;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.scrutiny.CaseRun;
import cn.zhicheng.core.scrutiny.Report;
import cn.zhicheng.core.scrutiny.Scrutiny;
import cn.zhicheng.core.scrutiny.Severity;
import cn.zhicheng.core.spi.Annexes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check-criteria", description = {
    "静态审查已加载的全部条件（含插件），打印报告；发现缺陷时退出码为 2",
    "static checks over all loaded criteria (plugins included); prints the report, exit 2 when a defect is found"})
final class CheckCriteriaCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Option(names = "--cases", paramLabel = "DIR", description = {
        "附件用例目录（<附件编号>.yaml），可多次给出 / folder of annex cases (<annex id>.yaml), may be repeated"})
    List<Path> cases = List.of();

    @Override
    public Integer call() {
        Annexes annexes = top.engine().getInstance(Annexes.class);
        List<CaseRun> runs = CaseFolders.run(annexes, cases);
        Report report = Scrutiny.of(annexes, runs);
        top.output.print(new ScrutinyText(top.language).render(report));
        if (report.sound()) {
            return 0;
        }
        int defects = report.of(Severity.DEFECT).size();
        top.output.problem(top.language.of(new Text("发现 " + defects + " 处缺陷", defects + " defect(s) found")));
        return 2;
    }
}
