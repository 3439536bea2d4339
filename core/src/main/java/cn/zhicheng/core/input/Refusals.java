package cn.zhicheng.core.input;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a {@link Refusal} in Chinese (zh-CN) or English from the {@code ValidationMessages} bundles, the same
 * bundles Jakarta Validation reads, so a constraint's message and a reader's refusal are written in one place.
 * Placeholders are {@code {0}} for positional arguments and {@code {max}} for named ones; nothing else is special
 * (no MessageFormat quoting, no digit grouping: 2147483647 stays 2147483647).
 */
public final class Refusals {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private static final String BUNDLE = "ValidationMessages";
    /** Jakarta Validation's own messages, for a constraint this project has not worded itself. */
    private static final String BUILT_IN = "org.hibernate.validator.ValidationMessages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    /** A quoted value is cut to this many characters: the message is about the value, not a copy of it. */
    private static final int LONGEST_VALUE = 80;

    private Refusals() {
    }

    public static String render(Refusal refusal, Locale locale) {
        String pattern = pattern(refusal.key(), locale);
        Map<?, ?> named = refusal.args().stream().filter(Map.class::isInstance).map(Map.class::cast).findFirst()
                .orElse(Map.of());
        Matcher m = PLACEHOLDER.matcher(pattern.replaceAll("\\$\\{[^}]*}", ""));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = name.chars().allMatch(Character::isDigit)
                    ? positional(refusal.args(), Integer.parseInt(name)) : named.get(name);
            m.appendReplacement(b, Matcher.quoteReplacement(value == null ? m.group() : arg(value, locale)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Both languages, Chinese first. */
    public static Text both(Refusal refusal) {
        return new Text(render(refusal, ZH), render(refusal, EN));
    }

    private static Object positional(List<Object> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    private static String pattern(String key, Locale locale) {
        for (String bundle : List.of(BUNDLE, BUILT_IN)) {
            try {
                return ResourceBundle.getBundle(bundle, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        throw new IllegalStateException("message key " + key + " is missing for " + locale);
    }

    private static String arg(Object a, Locale locale) {
        if (a instanceof Refusal r) {
            return render(r, locale);
        }
        if (a instanceof Text t) {
            return t.in(locale);
        }
        if (a instanceof Labelled l) {
            return l.label().in(locale);
        }
        if (a instanceof List<?> list) {
            return list.stream().map(x -> arg(x, locale)).collect(Collectors.joining(", "));
        }
        if (a instanceof BigDecimal d) {
            return Math.abs(d.scale()) > 100 ? d.toString() : d.toPlainString();
        }
        return quoted(String.valueOf(a));
    }

    /** An input's value as it may be printed: controls visible, and cut when long. */
    static String quoted(String value) {
        String shown = value.codePointCount(0, value.length()) > LONGEST_VALUE
                ? value.substring(0, value.offsetByCodePoints(0, LONGEST_VALUE)) + "…" : value;
        return Printable.of(shown);
    }
}
