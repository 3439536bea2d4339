package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new-annex", description = {
    "从模板生成一个新的附件模块（工程系列），可直接构建和测试；详见 docs/annex-guide.md",
    "write a new annex module (engineering series) from the template, ready to build and test; see docs/annex-guide.md"})
final class NewAnnexCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "DIR", description = {"新模块的目录，须不存在或为空 / the new module's folder, absent or empty"})
    Path dir;

    @Option(names = "--id", required = true, description = {"附件编号 / annex id, e.g. annex-digital-twin"})
    String id;

    @Option(names = "--field", required = true, description = {"领域代码 / field code, e.g. DIGITAL_TWIN"})
    String field;

    @Option(names = "--name-zh", required = true, description = {"领域中文名 / the field's Chinese name"})
    String nameZh;

    @Option(names = "--name-en", required = true, description = {"领域英文名 / the field's English name"})
    String nameEn;

    @Option(names = "--annex", required = true, description = {"所依据的附件条款，如 附件14 / the annex clause, e.g. 附件14"})
    String annex;

    @Option(names = "--package", required = true, description = {"Java 包名 / Java package, e.g. cn.example.annex.twin"})
    String pkg;

    @Option(names = "--parent-pom", paramLabel = "FILE", description = {
        "Zhicheng 的根 pom.xml，默认当前目录下的 / Zhicheng's root pom.xml, default ./pom.xml"})
    Path parentPom = Path.of("pom.xml");

    @Override
    public Integer call() {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.relativize(parentPom.toAbsolutePath().normalize());
        NewAnnexTemplate template = NewAnnexTemplate.of(id, field, nameZh, nameEn, annex, pkg,
                String.valueOf(target.getFileName()), parent.toString().replace('\\', '/'));
        if (!Files.isRegularFile(parentPom)) {
            throw new UserError(Refusal.of("cli.newAnnex.parent", parentPom.toString()));
        }
        if (Files.exists(target) && !empty(target)) {
            throw new UserError(Refusal.of("cli.newAnnex.notEmpty", dir.toString()));
        }
        StringBuilder b = new StringBuilder(top.language.of(new Text("已生成附件模块", "annex module written")))
                .append(": ").append(dir).append('\n');
        try {
            for (Map.Entry<Path, String> f : template.files().entrySet()) {
                Path file = target.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                b.append("  ").append(f.getKey().toString().replace('\\', '/')).append('\n');
            }
        } catch (IOException e) {
            throw new UserError(Refusal.of("cli.file.unreadable", dir.toString(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
        top.output.print(b.toString());
        return 0;
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
