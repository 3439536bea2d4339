package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Text;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Asks a stored decision's question again: reads the decision record and the applicant file it was made on, checks
 * that the file is its input (by digest), re-evaluates under exactly the pinned rule set, and compares bytes.
 * Exit 0 when the decision reproduces byte for byte, 2 when it cannot be reproduced (and why).
 */
@Command(name = "reproduce", description = {"按决定所固定的规则集重新审查，并逐字节比对 / re-evaluate a stored decision "
        + "under its pinned rule set and compare byte for byte"})
final class ReproduceCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Parameters(index = "0", paramLabel = "DECISION", description = {"决定记录（check --json 的输出） / decision record "
        + "(the output of check --json)"})
    Path decision;

    @Parameters(index = "1", paramLabel = "FILE", description = {"该决定的申报人文件 / the applicant file it decided"})
    Path file;

    @Option(names = "--overlay", paramLabel = "OVERLAY", description = {
        "决定所依据的协会标准叠加文件（须与决定固定的 sha256 一致） / the association overlay the decision was made under"
            + " (its sha256 must match the decision's pin)"})
    Path overlay;

    @Mixin
    OverlayOption overlayOption;

    @Override
    public Integer call() {
        DecisionRecord stored = read(decision);
        ApplicantFile applicant = ApplicantFiles.read(top.engine().getInstance(StrictReader.class), file);
        String digest = InputDigest.sha256(applicant);
        if (!digest.equals(stored.inputSha256())) {
            throw new UserError(Refusal.of("cli.reproduce.notInput", digest, stored.inputSha256()));
        }
        Optional<DecisionRecord> again = stored.overlay().isEmpty()
                ? top.engine().getInstance(Decisions.class).reproduce(stored, applicant)
                : overlayOption.reproduce(top, stored, applicant, overlay);
        var pin = stored.ruleSet();
        if (again.isEmpty()) {
            throw new UserError(Refusal.of("cli.reproduce.notLoaded", pin.annexId(), pin.version(),
                    pin.criteriaSha256()));
        }
        byte[] expected = DecisionJson.bytes(stored);
        byte[] actual = DecisionJson.bytes(again.get());
        if (!Arrays.equals(expected, actual)) {
            throw new UserError(Refusal.of("cli.reproduce.differs", CanonicalJson.sha256(expected),
                    CanonicalJson.sha256(actual)));
        }
        top.output.print(top.language.of(new Text("逐字节重现一致", "reproduced byte for byte")) + ": "
                + pin.annexId() + " " + pin.version() + ", sha256 " + CanonicalJson.sha256(actual));
        return 0;
    }

    private static DecisionRecord read(Path path) {
        byte[] bytes = ApplicantFiles.bytes(path);
        try {
            return DecisionJson.read(bytes);
        } catch (IllegalArgumentException e) {
            throw new UserError(Refusal.of("cli.decision.invalid", path.toString(), e.getMessage()));
        }
    }
}
