package cn.zhicheng.app.cli;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.spi.Annexes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns the words a user typed into fields, levels and dates, or says (in both languages) why it cannot. */
final class Arguments {

    private Arguments() {
    }

    static FieldCriteria field(Annexes annexes, String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return annexes.fields().stream()
                .filter(f -> f.field().code().equals(wanted) || f.field().name().zh().equals(code.trim()))
                .findFirst()
                .orElseThrow(() -> {
                    String known = annexes.fields().stream().map(f -> f.field().code()).collect(Collectors.joining(", "));
                    return new UserError(new Text("--field：未知的领域“" + code + "”，可选：" + known,
                            "--field: unknown field '" + code + "'; choose one of: " + known));
                });
    }

    static Level level(String value) {
        String v = value.trim();
        for (Level level : Level.awarded()) {
            if (level.name().equalsIgnoreCase(v) || level.label().zh().equals(v)) {
                return level;
            }
        }
        String known = Level.awarded().stream().map(l -> l.name() + " (" + l.label().zh() + ")")
                .collect(Collectors.joining(", "));
        if (Level.TECHNICIAN.name().equalsIgnoreCase(v) || Level.TECHNICIAN.label().zh().equals(v)) {
            return fail("--level：本方案不设员级（二）；可选：" + known,
                    "--level: this scheme sets no technician level (二); choose one of: " + known);
        }
        return fail("--level：未知的层级“" + value + "”，可选：" + known,
                "--level: unknown level '" + value + "'; choose one of: " + known);
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fail(option + "：日期“" + value + "”无效，应为 YYYY-MM-DD", option + ": invalid date '" + value
                    + "', expected YYYY-MM-DD");
        }
    }

    private static <T> T fail(String zh, String en) {
        throw new UserError(new Text(zh, en));
    }
}
