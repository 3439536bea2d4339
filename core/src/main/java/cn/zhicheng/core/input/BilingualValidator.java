package cn.zhicheng.core.input;

import cn.zhicheng.core.policy.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Jakarta Validation whose violations are message keys with arguments, so each reads in Chinese or in English
 * as the user asked ({@link Refusals}). The clock (for {@code @PastOrPresent} and the plausibility of dates) comes
 * in as an argument: core itself has none, and its zone decides what "today" is (Asia/Shanghai, 决定 D-14).
 */
public final class BilingualValidator {

    private static final Pattern KEY = Pattern.compile("\\{([^{}$]+)}");
    /** Constraint attributes that are settings of the constraint, not words a message could use. */
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload", "flags");

    /**
     * One factory for every validator, built the first time anything is validated (a command whose annexes come
     * validated from the cache never needs it): it learns the constraints of each record once (building one per run
     * made every command pay for that again); each validator gets its own clock from it. No XML configuration is
     * looked for (there is none), and messages are not interpolated: a violation is reported by its template's key
     * ({@link #refusal}), so the expression-language interpolator would only be started to render text nobody reads.
     */
    private static final class Factory {
        static final ValidatorFactory INSTANCE = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new KeyInterpolator())
                .buildValidatorFactory();
    }

    private final Clock clock;
    private volatile Validator validator;

    private BilingualValidator(Clock clock) {
        this.clock = clock;
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = Factory.INSTANCE.usingContext().clockProvider(() -> clock).getValidator();
            validator = v;
        }
        return v;
    }

    public static BilingualValidator create(Clock clock) {
        return new BilingualValidator(clock);
    }

    /** A violation: its path (in {@link Paths} spelling) and its reason as a key with arguments. */
    public record Violation(String path, Refusal refusal) {

        public Text reason() {
            return Refusals.both(refusal);
        }
    }

    public List<Violation> validate(Object value) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : sorted(validator().validate(value))) {
            if (!Paths.underRefusedKey(v.getPropertyPath().toString())) {
                out.add(new Violation(path(v), refusal(v)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The template's key, with the constraint's attributes ({@code min}, {@code max}, {@code value}...) as named
     * arguments and whatever a validator attached as positional ones.
     */
    private static Refusal refusal(ConstraintViolation<Object> v) {
        Matcher key = KEY.matcher(v.getMessageTemplate());
        if (!key.matches()) {
            return Refusal.of(new Text(v.getMessage(), v.getMessage()));
        }
        Map<String, Object> named = new TreeMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, attribute) -> {
            if (!NOT_ARGUMENTS.contains(name) && (attribute instanceof Number || attribute instanceof String
                    || attribute instanceof Boolean)) {
                named.put(name, attribute);
            }
        });
        List<Object> args = new ArrayList<>();
        @SuppressWarnings("unchecked")
        HibernateConstraintViolation<Object> hv = v.unwrap(HibernateConstraintViolation.class);
        List<?> attached = hv.getDynamicPayload(List.class);
        if (attached != null) {
            args.addAll(attached);
        }
        args.add(Map.copyOf(named));
        return new Refusal(key.group(1), args);
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
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .toList();
    }
}
