package cn.zhicheng.app.cli;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.ruleset.RuleBook;
import cn.zhicheng.core.spi.Annexes;
import java.util.stream.Collectors;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every question about one applicant names: the file, the field, the date, and the output form. */
final class ApplicantQuery {

    @Parameters(paramLabel = "FILE", description = {"申报人文件（YAML 或 JSON） / applicant file (YAML or JSON)"})
    Path file;

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = {"领域代码 / field code, e.g. AI"})
    String field;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"审查日期，默认今天 / evaluation date, default today"})
    String asOf;

    @Option(names = "--cut-off", paramLabel = "DATE", description = {"评审年度截止日期，业绩期间据此计算（决定 D-17），默认同审查日期",
        "the round's cut-off date that achievement windows count back from (决定 D-17); default: the evaluation date"})
    String cutOff;

    @Option(names = "--json", description = {"以 JSON 输出 / print JSON"})
    boolean json;

    /** The code of the field asked for (by code or by its Chinese name). */
    String fieldCode(Zhicheng top) {
        return Arguments.field(top.engine().getInstance(Annexes.class), field).field().code();
    }

    /** The field's criteria in force on the evaluation date (the rule book picks the version). */
    static FieldCriteria criteria(Zhicheng top, String code, LocalDate date) {
        RuleBook.Lookup lookup = top.engine().getInstance(Decisions.class).criteria(code, date);
        if (lookup instanceof RuleBook.InForce found) {
            return found.criteria();
        }
        RuleBook.NotInForce none = (RuleBook.NotInForce) lookup;
        String versions = none.versions().stream().map(r -> r.version() + " (" + r.effectiveFrom()
                + r.effectiveTo().map(to -> "–" + to).orElse("–") + ")").collect(Collectors.joining(", "));
        throw new UserError(Refusal.of("cli.field.notInForce", code, date, versions));
    }

    /** The round's cut-off date, or the evaluation date when none is given. */
    LocalDate cutOff(LocalDate date) {
        return cutOff == null ? date : Arguments.date("--cut-off", cutOff);
    }

    LocalDate date(Zhicheng top) {
        return asOf == null ? top.today() : Arguments.date("--as-of", asOf);
    }

    ApplicantFile applicant(Zhicheng top) {
        return ApplicantFiles.read(top.engine().getInstance(StrictReader.class), file);
    }
}
