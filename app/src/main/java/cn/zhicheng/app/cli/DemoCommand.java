package cn.zhicheng.app.cli;

import cn.zhicheng.app.demo.DemoRound;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.Annexes;
import com.google.inject.Injector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Runs a whole demonstration round on a new embedded store and prints what a person would want to know: a line per
 * stage as it goes, then who passed, who did not and why, the committees with their recusals, and the certificates.
 */
@Command(name = "demo", description = {"在新的内嵌数据库上完整运行一轮演示评审（十三个领域，六个阶段）",
    "run a whole demonstration round on a new embedded store (thirteen fields, the six stages)"})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Zhicheng top;

    @Option(names = "--data", paramLabel = "DIR",
            description = {"演示数据目录，须为新目录（默认 ./zhicheng-demo） / a new folder for the demonstration (default ./zhicheng-demo)"})
    Path data = Path.of("zhicheng-demo");

    @Option(names = "--applicants", paramLabel = "N", description = {"申报人数（13 至 10000，默认 65） / applicants (13 to 10,000, default 65)"})
    int applicants = 65;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = {"在空的 PostgreSQL 数据库上运行，密码取自 ZHICHENG_DB_PASSWORD；签发密钥仍存于 --data 目录 / run on an empty PostgreSQL database, password from ZHICHENG_DB_PASSWORD; the issuing key stays in the --data folder"})
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = {"数据库用户 / database user"})
    String user = "zhicheng";

    @Option(names = "--seed", paramLabel = "N", description = {"生成数据的种子（默认 2026） / seed of the generated data (default 2026)"})
    long seed = 2026L;

    @Override
    public Integer call() {
        if (applicants < 13 || applicants > 10_000) {
            throw new UserError(Refusal.of("cli.demo.applicants", applicants));
        }
        if (Files.exists(data.resolve(Database.H2_NAME + ".mv.db"))) {
            throw new UserError(Refusal.of("cli.demo.exists", data.toString()));
        }
        StoreOptions store = new StoreOptions();
        if (url != null) {
            store.url = url;
            store.user = user;
        } else {
            store.data = data;
        }
        return store.with(db -> {
            if (url != null && db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM application")
                    .mapTo(Long.class).one()) > 0) {
                throw new UserError(Refusal.of("cli.demo.dbNotEmpty"));
            }
            Injector review = top.review(db);
            DemoRound.Summary summary = new DemoRound(db, review.getInstance(StrictReader.class),
                    review.getInstance(Decisions.class), review.getInstance(Annexes.class),
                    review.getInstance(WorkingDays.class), data.resolve("keys"), this::print).run(seed, applicants);
            heading("demo.heading.stages");
            summary.byStage().forEach((stage, n) -> print(Message.of("demo.stage", stage, n)));
            section("demo.heading.passed", summary.passed());
            section("demo.heading.refused", summary.refused());
            section("demo.heading.committees", summary.committees());
            section("demo.heading.certificates", summary.certificates());
            top.output.print("");
            print(summary.audit().message());
            print(Message.of("demo.data", data.toString()));
            return summary.audit().intact() ? 0 : 1;
        });
    }

    private void section(String key, List<Message> lines) {
        heading(key);
        lines.forEach(this::print);
    }

    private void heading(String key) {
        top.output.print("");
        top.language.lines(Message.of(key)).forEach(l -> top.output.print("== " + l + " =="));
    }

    private void print(Message message) {
        top.language.lines(message).forEach(top.output::print);
    }
}
