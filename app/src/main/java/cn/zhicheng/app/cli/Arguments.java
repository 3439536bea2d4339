package cn.zhicheng.app.cli;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.spi.Annexes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns the words a user typed into fields, levels and dates, or says (as a message key) why it cannot. */
final class Arguments {

    private Arguments() {
    }

    static FieldCriteria field(Annexes annexes, String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return annexes.fields().stream()
                .filter(f -> f.field().code().equals(wanted) || f.field().name().zh().equals(code.trim()))
                .findFirst()
                .orElseThrow(() -> new UserError(Refusal.of("cli.field.unknown", code,
                        annexes.fields().stream().map(f -> f.field().code()).collect(Collectors.joining(", ")))));
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
            throw new UserError(Refusal.of("cli.level.technician", known));
        }
        throw new UserError(Refusal.of("cli.level.unknown", value, known));
    }

    /** Evaluation dates: written YYYY-MM-DD, within the span any dossier can describe (not year 1, not year +999999999). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    static LocalDate date(String option, String value) {
        LocalDate date;
        try {
            date = value.trim().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value.trim()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new UserError(Refusal.of("cli.date.invalid", option, value));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new UserError(Refusal.of("cli.date.range", option, value, EARLIEST, LATEST));
        }
        return date;
    }
}
