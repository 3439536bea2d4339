package cn.zhicheng.core.input;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Text;
import java.util.List;

/**
 * Why an input was refused: a key of the {@code ValidationMessages} bundles and its arguments, rendered later in
 * Chinese or English ({@link Refusals}), the way findings carry a key and arguments instead of a finished sentence.
 * An argument is a string (printed with its control characters made visible), a number, a date, a {@link Text}, a
 * nested refusal, a list of these, or a map of named arguments for the {@code {min}}-style placeholders of Jakarta
 * Validation messages.
 */
public record Refusal(String key, List<Object> args) {

    /** The key whose single argument is a text written in both languages already. */
    static final String TEXT = "input.text";

    public Refusal {
        requireNonNull(key, "key is null");
        args = List.copyOf(args);
    }

    public static Refusal of(String key, Object... args) {
        return new Refusal(key, List.of(args));
    }

    /** A reason that was written in both languages where it arose (the annex loader's own checks). */
    public static Refusal of(Text text) {
        return of(TEXT, text);
    }
}
