package cn.zhicheng.core.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.zhicheng.core.policy.Text;

/**
 * Jakarta Validation run once per language, so each violation reads in Chinese and in English. The clock (for
 * {@code @PastOrPresent}) comes in as an argument: core itself has none.
 */
public final class BilingualValidator {

    private final Validator zh;
    private final Validator en;

    private BilingualValidator(Clock clock) {
        this.zh = build(clock, Locale.SIMPLIFIED_CHINESE);
        this.en = build(clock, Locale.ENGLISH);
    }

    public static BilingualValidator create(Clock clock) {
        return new BilingualValidator(clock);
    }

    private static Validator build(Clock clock, Locale locale) {
        var config = Validation.byDefaultProvider().configure();
        MessageInterpolator base = config.getDefaultMessageInterpolator();
        ValidatorFactory factory = config
                .clockProvider(() -> clock)
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return base.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale ignored) {
                        return base.interpolate(template, context, locale);
                    }
                })
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** A violation: its path (in {@link Paths} spelling) and its reason in both languages. */
    public record Violation(String path, Text reason) {
    }

    public List<Violation> validate(Object value) {
        List<ConstraintViolation<Object>> inZh = sorted(zh.validate(value));
        List<ConstraintViolation<Object>> inEn = sorted(en.validate(value));
        List<Violation> out = new ArrayList<>();
        Iterator<ConstraintViolation<Object>> e = inEn.iterator();
        for (ConstraintViolation<Object> z : inZh) {
            String english = e.hasNext() ? e.next().getMessage() : z.getMessage();
            if (Paths.underRefusedKey(z.getPropertyPath().toString())) {
                continue;
            }
            out.add(new Violation(path(z), new Text(z.getMessage(), english)));
        }
        return List.copyOf(out);
    }

    /** A cross-field check ({@code @AssertTrue} on a method) is reported at the object it checks. */
    private static String path(ConstraintViolation<Object> v) {
        String path = Paths.ofBeanValidation(v.getPropertyPath().toString());
        if (v.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.AssertTrue) {
            int cut = path.lastIndexOf('.');
            return cut < 0 ? "" : path.substring(0, cut);
        }
        return path;
    }

    private static List<ConstraintViolation<Object>> sorted(Set<ConstraintViolation<Object>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate)
                        .thenComparing(v -> String.valueOf(v.getInvalidValue())))
                .toList();
    }
}
