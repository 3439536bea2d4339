package cn.zhicheng.app.cli;

import cn.zhicheng.app.batch.BatchInput;
import cn.zhicheng.app.batch.FieldLookup;
import cn.zhicheng.app.impact.Impact;
import cn.zhicheng.app.impact.ImpactAnalysis;
import cn.zhicheng.app.impact.ImpactJson;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.app.view.ImpactText;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.Annexes;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "impact", description = {
    "变更影响评估：在采用附件新版本之前，列出会改变的每一项结论、改变的审查项及原因，并按领域和层级汇总",
    "the impact of a new annex version before it is adopted: every decision that would change, the findings that"
        + " changed and why, and a summary per field and level"})
final class ImpactCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Option(names = "--annex", paramLabel = "FILE", description = {
        "附件新版本的描述文件（YAML，可多个），须为已安装附件的版本 / a new version of an installed annex (YAML; may repeat)"})
    List<Path> annexFiles = List.of();

    @Option(names = "--annex-plugins", paramLabel = "DIR", description = {
        "装有附件新版本插件 jar 的目录（同 --plugins 的查找方式） / a folder of plugin jars holding new versions (found as --plugins finds them)"})
    Path annexPlugins;

    @Parameters(arity = "1..*", paramLabel = "DOSSIERS", description = {
        "JSON Lines 文件或 YAML/JSON 申报人文件夹（同 batch） / a JSON Lines file or a folder of applicant files (as batch)"})
    List<Path> inputs;

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = {"领域代码 / field code"})
    String field;

    @Option(names = "--level", paramLabel = "LEVEL", description = {"层级 / level: JUNIOR, INTERMEDIATE, "
        + "ASSOCIATE_SENIOR, SENIOR (或 初级、中级、副高级、正高级)"})
    String level;

    @Option(names = "--all-levels", description = {"评估全部四个层级 / assess all four levels"})
    boolean allLevels;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"审查日期，默认今天 / evaluation date, default today"})
    String asOf;

    @Option(names = "--cut-off", paramLabel = "DATE", description = {"评审年度截止日期（决定 D-17），默认同审查日期",
        "the round's cut-off date (决定 D-17); default: the evaluation date"})
    String cutOff;

    @Option(names = "--json", description = {"输出规范 JSON / print canonical JSON"})
    boolean json;

    @Override
    public Integer call() {
        Gathered gathered = new Gathered();
        LocalDate date = gathered.attempt(() -> asOf == null ? top.today() : Arguments.date("--as-of", asOf));
        LocalDate cut = gathered.attempt(() -> cutOff == null ? date : Arguments.date("--cut-off", cutOff));
        List<Level> levels = gathered.attempt(this::levels);
        Annexes installed = top.engine().getInstance(Annexes.class);
        String code = gathered.attempt(() -> Arguments.field(installed, field).field().code());
        gathered.attempt(() -> {
            for (Path input : inputs) {
                if (!Files.exists(input)) {
                    throw new UserError(Refusal.of("cli.file.notFound", input.toString()));
                }
            }
            return null;
        });
        // the new versions are read and validated exactly as validate-annex and start-up read an annex
        AnnexLoader loader = new AnnexLoader(top.engine().getInstance(StrictReader.class));
        List<ImpactAnalysis.Proposed> proposed = new ArrayList<>();
        for (Path file : annexFiles) {
            ImpactAnalysis.Proposed p = gathered.attempt(() -> new ImpactAnalysis.Proposed(file.toString(),
                    loader.parse(file.toString(), ApplicantFiles.bytes(file))));
            if (p != null) {
                proposed.add(p);
            }
        }
        if (annexPlugins != null) {
            List<ImpactAnalysis.Proposed> jars = gathered.attempt(() -> ImpactAnalysis.fromPlugins(loader,
                    Zhicheng.class.getClassLoader(), annexPlugins.toAbsolutePath().normalize()));
            if (jars != null) {
                proposed.addAll(jars);
            }
        }
        if (annexFiles.isEmpty() && annexPlugins == null) {
            gathered.add(Refusal.of("impact.noNewVersion"));
        }
        gathered.check();
        List<InputProblem> problems = ImpactAnalysis.check(installed, proposed);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        FieldCriteria inForce = ApplicantQuery.criteria(top, code, date);
        FieldLookup.Found next = ImpactAnalysis.proposedFor(code, proposed);
        if (next.refusal() != null) {
            throw new UserError(next.refusal());
        }
        // the new version is asked on a date it is in force, beside the version the installation has in force then
        cn.zhicheng.core.criteria.RuleSet proposedSet = next.criteria().ruleSet();
        if (!proposedSet.inForceOn(date)) {
            throw new UserError(Refusal.of("impact.notInForceOn", proposedSet.annexId(), proposedSet.version(),
                    proposedSet.effectiveFrom(), proposedSet.effectiveTo().map(Object::toString).orElse("-"), date));
        }
        ImpactAnalysis analysis = new ImpactAnalysis(top.engine().getInstance(StrictReader.class),
                top.engine().getInstance(Evaluator.class), top.engine().getInstance(Decisions.class));
        List<Locale> locales = top.language.locales();
        Impact impact;
        try (BatchInput input = BatchInput.of(inputs)) {
            impact = analysis.run(input, inForce, next.criteria(), levels, date, cut,
                    skipped -> skipped.problems().forEach(p -> top.output.problem(p.describe(locales))));
        } catch (BatchInput.TooManyFiles e) {
            throw new UserError(Refusal.of("batch.tooManyFiles", e.folder().toString(),
                    BatchInput.MOST_FILES_IN_A_FOLDER));
        } catch (UncheckedIOException e) {
            throw new UserError(Refusal.of("batch.io", e.getMessage() == null ? "" : e.getMessage()));
        }
        top.output.print(json ? new String(ImpactJson.bytes(impact), StandardCharsets.UTF_8)
                : new ImpactText(top.language).render(impact));
        return impact.skipped().isEmpty() ? 0 : 2;
    }

    private List<Level> levels() {
        if (allLevels == (level != null)) {
            throw new UserError(Refusal.of("impact.levelChoice"));
        }
        return allLevels ? Level.awarded() : List.of(Arguments.level(level));
    }
}
