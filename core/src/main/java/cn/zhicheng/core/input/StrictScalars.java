package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Scalars are read as written, or refused: YAML 1.1 and Jackson would otherwise read {@code 044} as octal 36,
 * {@code 1_000} as 1000, {@code retired: 1} or {@code yes} as true, a number in a date field as days since 1970,
 * and {@code 1e999999999} as an amount no one can print. Integers are plain decimal digits within their type's range,
 * amounts plain decimals of bounded size, booleans {@code true}/{@code false}, dates the string {@code YYYY-MM-DD}
 * from 1900 on. A quoted number where a number belongs is a wrong type. Every refusal goes to the read's
 * {@link ProblemCollector}, so reading goes on and every problem is listed.
 */
final class StrictScalars {

    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The largest amount the reader accepts at all; a record may bound its own amounts much lower. */
    static final BigDecimal LARGEST_DECIMAL = new BigDecimal("999999999999999999");
    static final int MOST_DECIMAL_PLACES = 6;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("zhicheng-strict-scalars");
        addInteger(module, int.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
        addInteger(module, Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
        addInteger(module, long.class, Long.MIN_VALUE, Long.MAX_VALUE);
        addInteger(module, Long.class, Long.MIN_VALUE, Long.MAX_VALUE);
        module.addDeserializer(BigDecimal.class, new Scalar<>(BigDecimal.class, StrictScalars::decimal));
        module.addDeserializer(boolean.class, new Scalar<>(boolean.class, StrictScalars::bool));
        module.addDeserializer(Boolean.class, new Scalar<>(Boolean.class, StrictScalars::bool));
        module.addDeserializer(LocalDate.class, new Scalar<>(LocalDate.class, StrictScalars::date));
        return module;
    }

    /** Reads the current token as a T, or returns the refusal of it. */
    private interface Reading {
        Object read(JsonParser p, Class<?> type) throws IOException;
    }

    /** A value refused while reading; the collector records it and a default stands in. */
    private record Refused(Refusal refusal) {
    }

    @SuppressWarnings("unchecked")
    private static <T> void addInteger(SimpleModule module, Class<T> type, long min, long max) {
        module.addDeserializer(type, new Scalar<>(type, (p, t) -> integer(p, t, min, max)));
    }

    private static Object integer(JsonParser p, Class<?> type, long min, long max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return null;
        }
        String text = p.getText();
        if (!INTEGER.matcher(text).matches()) {
            return new Refused(Refusal.of("input.numberForm", text));
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            return new Refused(Refusal.of("input.numberTooLarge", max));
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            return new Refused(Refusal.of("input.numberTooSmall", min));
        }
        return type == int.class || type == Integer.class ? (Object) value.intValue() : (Object) value.longValue();
    }

    private static Object decimal(JsonParser p, Class<?> type) throws IOException {
        if (!p.currentToken().isNumeric()) {
            return null;
        }
        String text = p.getText();
        if (!DECIMAL.matcher(text).matches()) {
            return new Refused(Refusal.of("input.numberForm", text));
        }
        BigDecimal value = new BigDecimal(text);
        if (value.abs().compareTo(LARGEST_DECIMAL) > 0) {
            return new Refused(Refusal.of("input.numberTooLarge", LARGEST_DECIMAL));
        }
        if (value.scale() > MOST_DECIMAL_PLACES) {
            return new Refused(Refusal.of("input.decimalPlaces", MOST_DECIMAL_PLACES));
        }
        return value;
    }

    private static Object bool(JsonParser p, Class<?> type) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            String text = p.getText();
            return text.equals("true") || text.equals("false") ? (Object) (t == JsonToken.VALUE_TRUE)
                    : new Refused(Refusal.of("input.booleanForm", text));
        }
        return t.isScalarValue() ? new Refused(Refusal.of("input.booleanForm", p.getText())) : null;
    }

    private static Object date(JsonParser p, Class<?> type) throws IOException {
        JsonToken t = p.currentToken();
        if (!t.isScalarValue()) {
            return null;
        }
        String text = p.getText();
        if (t != JsonToken.VALUE_STRING || !DATE.matcher(text).matches()) {
            return new Refused(Refusal.of("input.dateForm", text));
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(EARLIEST_DATE) ? new Refused(Refusal.of("input.dateTooEarly", text, EARLIEST_DATE))
                    : date;
        } catch (DateTimeException e) {
            return new Refused(Refusal.of("input.dateInvalid", text));
        }
    }

    /**
     * One strict scalar: a null token reads as the type's null value, a list or mapping as an unexpected token
     * (reported by the collector), a scalar by its {@link Reading}.
     */
    private static final class Scalar<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Reading reading;

        Scalar(Class<T> type, Reading reading) {
            this.type = type;
            this.reading = reading;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            boolean number = type != LocalDate.class && type != boolean.class && type != Boolean.class;
            Object value;
            if (number && t == JsonToken.VALUE_STRING) {
                // YAML reads 0128 (not octal) as text: it is a badly written number, not a quoted one
                if (!LEADING_ZERO.matcher(p.getText()).matches()) {
                    return (T) ctxt.handleWeirdStringValue(type, p.getText(), "a number is written without quotes");
                }
                value = new Refused(Refusal.of("input.numberForm", p.getText()));
            } else {
                value = reading.read(p, type);
            }
            if (value == null) {
                return (T) ctxt.handleUnexpectedToken(type, p);
            }
            if (value instanceof Refused refused) {
                ProblemCollector collector = ProblemCollector.of(ctxt).orElseThrow(() ->
                        JsonMappingException.from(p, Refusals.render(refused.refusal(), Refusals.EN)));
                collector.add(ctxt, refused.refusal());
                return (T) ProblemCollector.defaultOf(type);
            }
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) {
            return (T) ProblemCollector.defaultOf(type);
        }
    }
}
