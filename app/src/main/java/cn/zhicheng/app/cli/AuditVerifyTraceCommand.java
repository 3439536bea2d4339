package cn.zhicheng.app.cli;

import cn.zhicheng.core.audit.Trace;
import cn.zhicheng.core.audit.Verification;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Verifies an exported audit trace on its own, without the database: every entry of the application holds its
 * hash, the links between them are unbroken, and none of its entries was left out or withheld. Exit 0 when intact,
 * 2 naming the first problem.
 */
@Command(name = "audit-verify-trace", description = {"离线核验导出的审计轨迹 / verify an exported audit trace offline"})
final class AuditVerifyTraceCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(paramLabel = "TRACE.json", description = {"audit-trace --json 的输出 / the output of audit-trace --json"})
    Path file;

    @Override
    public Integer call() {
        Verification verification = Trace.verify(ApplicantFiles.bytes(file));
        top.language.lines(verification.message()).forEach(top.output::print);
        return verification.intact() ? 0 : 2;
    }
}
