package cn.zhicheng.app.cli;

import cn.zhicheng.core.overlay.Overlay;
import cn.zhicheng.core.overlay.OverlayDescriptor;
import cn.zhicheng.core.policy.Text;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate-overlay", description = {
    "校验协会标准叠加文件：只能提高省级条件，且不超出协会的委托范围（四，决定 D-12）",
    "validate an association's overlay file: it may only raise the provincial criteria, within the association's"
        + " delegation (四, 决定 D-12)"})
final class ValidateOverlayCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Mixin
    OverlayOption option;

    @Parameters(paramLabel = "FILE", description = {"协会标准叠加文件（YAML） / overlay file (YAML)"})
    Path file;

    @Override
    public Integer call() {
        Overlay overlay = option.checked(top, file);
        OverlayDescriptor.Header h = overlay.header();
        StringBuilder b = new StringBuilder();
        b.append(top.language.of(new Text("校验通过", "valid"))).append(": ").append(file).append('\n');
        b.append("  ").append(h.id()).append(' ').append(h.version()).append(" (").append(h.document()).append("; ")
                .append(h.association()).append(") ").append(top.language.of(new Text("施行自", "in force from")))
                .append(' ').append(h.effectiveFrom()).append(" sha256 ").append(overlay.sha256()).append('\n');
        b.append("  ").append(top.language.of(option.hasStore()
                ? new Text("已对照已存储的委托核对", "checked against the stored delegations")
                : new Text("未找到数据库，未对照委托核对", "no store found: not checked against a delegation")))
                .append('\n');
        top.output.print(b.toString());
        return 0;
    }
}
