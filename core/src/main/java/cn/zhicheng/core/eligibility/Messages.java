package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Renders message keys and arguments in Chinese (zh-CN) or English, from core's message bundles. */
public final class Messages {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private static final String BUNDLE = "cn.zhicheng.core.messages";

    private Messages() {
    }

    public static String render(Message message, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key " + message.key() + " is missing for " + locale, e);
        }
        Object[] args = message.args().stream().map(a -> arg(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Both languages, Chinese first. */
    public static Text both(Message message) {
        return new Text(render(message, ZH), render(message, EN));
    }

    private static String arg(Object a, Locale locale) {
        if (a instanceof Message m) {
            return render(m, locale);
        }
        if (a instanceof Labelled l) {
            return l.label().in(locale);
        }
        if (a instanceof Text t) {
            return t.in(locale);
        }
        if (a instanceof List<?> list) {
            String separator = EN.getLanguage().equals(locale.getLanguage()) ? "; " : "；";
            return list.stream().map(x -> arg(x, locale)).collect(Collectors.joining(separator));
        }
        if (a instanceof String s) {
            // applicant text (a name, a title) is shown with its control characters visible, never obeyed
            return cn.zhicheng.core.input.Printable.of(s);
        }
        return String.valueOf(a);
    }
}
