package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ExportTrace;
import cn.zhicheng.app.service.NotFound;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.StoreRefused;
import cn.zhicheng.core.audit.Trace;
import cn.zhicheng.core.input.Refusal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Exports the complete trace of one application from the embedded store (七(二)): readable text in the language
 * asked for (personal identifiers masked), or with {@code --json} the canonical document a third party verifies
 * with {@code audit-verify-trace}, without the database.
 */
@Command(name = "audit-trace", description = {"导出一项申报的完整审计轨迹 / export the complete audit trace of one application"})
final class AuditTraceCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = {"内嵌数据库所在目录 / folder of the embedded store"})
    Path data;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--json", description = {"输出可供第三方核验的 JSON / print the JSON a third party verifies"})
    boolean json;

    @Override
    public Integer call() {
        try (Database db = Database.openFolder(data)) {
            Trace trace = new ExportTrace(db).of(application);
            top.output.print(json ? new String(trace.json(), StandardCharsets.UTF_8)
                    : top.language.locales().stream().map(trace::text).collect(Collectors.joining("\n")));
            return 0;
        } catch (StoreRefused e) {
            throw new UserError(Refusal.of(e.reason()));
        } catch (NotFound e) {
            throw new UserError(Refusal.of(e.reason()));
        }
    }
}
