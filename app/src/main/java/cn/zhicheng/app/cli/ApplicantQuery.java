package cn.zhicheng.app.cli;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.Annexes;
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

    @Option(names = "--json", description = {"以 JSON 输出 / print JSON"})
    boolean json;

    FieldCriteria criteria(Zhicheng top) {
        return Arguments.field(top.engine().getInstance(Annexes.class), field);
    }

    LocalDate date(Zhicheng top) {
        return asOf == null ? top.today() : Arguments.date("--as-of", asOf);
    }

    ApplicantFile applicant(Zhicheng top) {
        return ApplicantFiles.read(top.engine().getInstance(StrictReader.class), file);
    }
}
