package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.Catalogue;
import cn.zhicheng.app.view.HtmlPage;
import cn.zhicheng.app.view.Language;
import cn.zhicheng.app.view.MarkdownPage;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.Annexes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "catalogue", description = {
    "生成评价标准公开目录（中、英文 HTML 与 Markdown）/ write the published criteria catalogue (HTML and Markdown, Chinese and English)"})
final class CatalogueCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "DIR", description = {"输出目录，不存在则创建 / output folder, created when absent"})
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = {
        "按该日施行的版本列出条件，默认今天 / list the criteria in force on this date, default today"})
    String asOf;

    @Override
    public Integer call() {
        Annexes annexes = top.engine().getInstance(Annexes.class);
        LocalDate date = asOf == null ? top.today() : Arguments.date("--as-of", asOf);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError(Refusal.of("cli.catalogue.notFolder", out.toString()));
        }
        StringBuilder written = new StringBuilder(top.language.of(new Text("已生成标准公开目录", "catalogue written")))
                .append(":\n");
        try {
            Files.createDirectories(out);
            for (Language language : List.of(Language.zh, Language.en)) {
                Catalogue catalogue = new Catalogue(language);
                var blocks = catalogue.blocks(annexes, date);
                String tag = language.locales().get(0).toLanguageTag();
                write(out.resolve("catalogue." + tag + ".md"), MarkdownPage.of(blocks), written);
                write(out.resolve("catalogue." + tag + ".html"),
                        HtmlPage.page(catalogue.title(), language.locales().get(0), blocks), written);
            }
        } catch (IOException e) {
            throw new UserError(Refusal.of("cli.file.unreadable", out.toString(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
        top.output.print(written.toString());
        return 0;
    }

    private static void write(Path file, String content, StringBuilder written) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        written.append("  ").append(file).append('\n');
    }
}
