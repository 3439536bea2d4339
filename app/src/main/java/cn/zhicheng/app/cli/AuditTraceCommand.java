package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.ExportTrace;
import cn.zhicheng.core.audit.Trace;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "APPLICATION", description = {"申报编号 / application id"})
    String application;

    @Option(names = "--json", description = {"输出可供第三方核验的 JSON / print the JSON a third party verifies"})
    boolean json;

    @Override
    public Integer call() {
        return store.with(db -> {
            Trace trace = new ExportTrace(db).of(application);
            top.output.print(json ? new String(trace.json(), StandardCharsets.UTF_8)
                    : top.language.locales().stream().map(trace::text).collect(Collectors.joining("\n")));
            return 0;
        });
    }
}
