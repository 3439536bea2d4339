package cn.zhicheng.core.input;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Leaves a template that is one message key as it is — {@link BilingualValidator} renders those itself, in Chinese
 * and English, from the key and the constraint's attributes — and interpolates any other template with parameters
 * only ({@code {min}}, never {@code ${...}}: no message of ours uses the expression language, so it is not started).
 */
final class KeyInterpolator implements MessageInterpolator {

    private static final Pattern ONE_KEY = Pattern.compile("\\{[^{}$]+}");

    private volatile MessageInterpolator parameters;

    @Override
    public String interpolate(String template, Context context) {
        return ONE_KEY.matcher(template).matches() ? template : parameters().interpolate(template, context);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return ONE_KEY.matcher(template).matches() ? template : parameters().interpolate(template, context, locale);
    }

    private MessageInterpolator parameters() {
        MessageInterpolator p = parameters;
        if (p == null) {
            p = new ParameterMessageInterpolator();
            parameters = p;
        }
        return p;
    }
}
