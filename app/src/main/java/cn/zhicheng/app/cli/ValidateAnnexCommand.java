package cn.zhicheng.app.cli;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.ruleset.VersionWindows;
import cn.zhicheng.core.scrutiny.Flaw;
import cn.zhicheng.core.scrutiny.Report;
import cn.zhicheng.core.scrutiny.Scrutiny;
import cn.zhicheng.core.scrutiny.Severity;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.Annexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate-annex", description = {
    "校验附件 YAML 文件（可多个，如同一附件的各版本），列出全部错误和静态审查发现的缺陷与提示",
    "validate annex YAML files (several: e.g. one annex's versions, checked together), listing every problem and what"
        + " the static checks find"})
final class ValidateAnnexCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = {"附件描述文件 / annex descriptors (YAML)"})
    List<Path> files;

    @Override
    public Integer call() {
        // Needs no installed annex: only the series baselines in core.
        AnnexLoader loader = new AnnexLoader(new StrictReader(BilingualValidator.create(top.clock())));
        Gathered gathered = new Gathered();
        List<FieldCriteria> all = new ArrayList<>();
        List<VersionWindows.Version> versions = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (Path file : files) {
            List<FieldCriteria> fields = gathered.attempt(() -> loader.parse(file.toString(), ApplicantFiles.bytes(file)));
            if (fields == null || fields.isEmpty()) {
                continue;
            }
            all.addAll(fields);
            versions.add(new VersionWindows.Version(fields.get(0).ruleSet(), file.toString()));
            b.append(top.language.of(new Text("校验通过", "valid"))).append(": ").append(file).append('\n');
            for (FieldCriteria f : fields) {
                b.append("  ").append(f.field().code()).append(' ').append(top.language.of(f.field().name()))
                        .append("  ").append(f.ruleSet().annexId()).append(' ').append(f.ruleSet().version())
                        .append(" sha256 ").append(f.ruleSet().sha256()).append('\n');
            }
        }
        gathered.check();
        // versions of one annex given together follow each other without overlap or gap, as at start-up
        List<InputProblem> windows = VersionWindows.check(versions);
        if (!windows.isEmpty()) {
            throw new InputRejected(windows);
        }
        Report report = Scrutiny.of(new Annexes(all));
        for (Flaw f : report.flaws()) {
            if (f.severity() != Severity.NOTE) {
                b.append("  ").append(top.language.of(f.severity().label())).append(' ').append(f.field())
                        .append(f.level().map(l -> " " + top.language.of(l.label())).orElse("")).append(" [")
                        .append(f.clause()).append("]: ").append(String.join(" / ", top.language.lines(f.message())))
                        .append('\n');
            }
        }
        top.output.print(b.toString());
        return report.sound() ? 0 : 2;
    }
}
