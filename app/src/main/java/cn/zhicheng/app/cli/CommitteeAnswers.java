package cn.zhicheng.app.cli;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.review.committee.Refused;
import java.util.Collection;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the committee's commands share: ids checked before anything is opened, and a refusal by the rules printed with
 * the clauses that refuse it, in the language asked for (exit 2; the refusal is already in the audit).
 */
final class CommitteeAnswers {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CommitteeAnswers() {
    }

    /** Runs a command's one call; a refusal by the committee's rules is printed with its clauses, exit 2. */
    static int answer(Zhicheng top, Supplier<Integer> call) {
        try {
            return call.get();
        } catch (Refused refused) {
            top.language.lines(refused.reason()).forEach(top.output::problem);
            String clauses = refused.clauses().stream().map(c -> c.ref()).collect(Collectors.joining("; "));
            top.language.lines(Message.of("committee.cli.clauses", clauses)).forEach(top.output::problem);
            return 2;
        }
    }

    /** An id as typed, or a user error naming the option. */
    static String id(String option, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new UserError(Refusal.of("cli.committee.id", option, value == null ? "" : value));
        }
        return value;
    }

    static <T extends Collection<String>> T ids(String option, T values, int most) {
        if (values.size() > most) {
            throw new UserError(Refusal.of("cli.committee.tooMany", option, most, values.size()));
        }
        values.forEach(v -> id(option, v));
        return values;
    }
}
