package cn.zhicheng.app.cli;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.AnnexLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate-annex", description = {"校验一个附件 YAML 文件，列出全部错误 / validate an annex YAML file and list every problem"})
final class ValidateAnnexCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "FILE", description = {"附件描述文件 / annex descriptor (YAML)"})
    Path file;

    @Override
    public Integer call() {
        // Needs no installed annex: only the series baselines in core.
        AnnexLoader loader = new AnnexLoader(new StrictReader(BilingualValidator.create(top.clock())));
        List<FieldCriteria> fields = loader.parse(file.toString(), ApplicantFiles.bytes(file));
        StringBuilder b = new StringBuilder(top.language.of(new Text("校验通过", "valid"))).append(": ").append(file)
                .append('\n');
        for (FieldCriteria f : fields) {
            b.append("  ").append(f.field().code()).append(' ').append(top.language.of(f.field().name())).append("  ")
                    .append(f.ruleSet().annexId()).append(' ').append(f.ruleSet().version()).append(" sha256 ")
                    .append(f.ruleSet().sha256()).append('\n');
        }
        top.output.print(b.toString());
        return 0;
    }
}
