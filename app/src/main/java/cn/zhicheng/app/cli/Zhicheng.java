package cn.zhicheng.app.cli;

import cn.zhicheng.app.view.Language;
import cn.zhicheng.core.decision.DecisionRecord;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Option;

/** The top command: shared options and the engine the subcommands use. */
// scope INHERIT: every subcommand takes --help and --version too (`check --help` prints the usage of check)
@Command(name = "zhicheng", mixinStandardHelpOptions = true, version = "zhicheng 0.2.0 (engine " + DecisionRecord.ENGINE + ", decision schema " + DecisionRecord.SCHEMA + ")", scope = ScopeType.INHERIT,
        description = {"职称 — 吉林省新职业（新业态）职称评审（吉人社规〔2021〕5号）",
            "Zhicheng — Jilin new-occupation professional-title evaluation (吉人社规〔2021〕5号)"})
public final class Zhicheng {

    /**
     * Every subcommand, in the order help lists them. Picocli builds a command's model by reflection over its class,
     * which for all of them costs a one-question command a noticeable part of its start; {@link CommandModel} adds
     * only the one the command line names (and all of them for help or a usage error).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            FieldsCommand.class, TitlesCommand.class, CriteriaCommand.class, CheckCommand.class,
            HighestCommand.class, ReproduceCommand.class, ValidateAnnexCommand.class, AuditVerifyCommand.class,
            AuditTraceCommand.class, AuditVerifyTraceCommand.class, BatchCommand.class,
            ImpactCommand.class,
            // for annex authors and the public catalogue
            CheckCriteriaCommand.class, NewAnnexCommand.class, CatalogueCommand.class, ValidateOverlayCommand.class,
            // the review of 六, in its order
            OpenRoundCommand.class, DelegationCommand.class,
            ApplyCommand.class, WithdrawCommand.class,
            RecommendCommand.class, PubliciseCommand.class, ObjectCommand.class, ResolveObjectionCommand.class,
            AggregateCommand.class,
            BeginQualificationCommand.class, QualifyCommand.class, ResubmitCommand.class,
            ExpertsAddCommand.class, SessionOpenCommand.class, DrawCommand.class, DrawReplayCommand.class,
            BeginReviewCommand.class, BlindViewCommand.class, AttendCommand.class, VoteCommand.class,
            CloseVoteCommand.class, ConfirmResultCommand.class,
            PubliciseResultCommand.class,
            FileResultsCommand.class, AcknowledgeFilingCommand.class, KeysCommand.class, CertifyCommand.class,
            CertificateCommand.class, VerifyCertificateCommand.class, AppealCommand.class, DecideAppealCommand.class,
            RevokeCommand.class, DemoCommand.class);

    /** Asia/Shanghai: every policy date is a date there (决定 D-14). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Option(names = "--plugins", paramLabel = "DIR",
            description = {"放置附件插件 jar 的目录，须存在 / folder of drop-in annex jars, must exist (default: ./plugins if present)"})
    Path plugins;

    @Option(names = "--annexes", split = ",", paramLabel = "ID",
            description = {"只启用这些附件，如 annex-ai,annex-marketing（默认全部） / use only these annexes (default: all found)"})
    java.util.Set<String> annexes = java.util.Set.of();

    @Option(names = "--lang", paramLabel = "LANG", description = {"输出语言 / output language: zh, en, both (default)"})
    Language language = Language.both;

    final CliOutput output;
    private final Clock clock;
    private Injector injector;

    Zhicheng(CliOutput output, Clock clock) {
        this.output = output;
        this.clock = clock.withZone(ZONE);
    }

    /** The assembled engine; annexes are found and validated the first time it is needed. */
    Injector engine() {
        if (injector == null) {
            injector = Engines.of(plugins, annexes, clock);
        }
        return injector;
    }

    /** The review's services over an open store, assembled beside the engine (its clock, reader and annexes). */
    Injector review(cn.zhicheng.app.store.Database database) {
        return engine().createChildInjector(new cn.zhicheng.app.assembly.StoreModule(database));
    }

    /** The clock, in Asia/Shanghai. */
    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
