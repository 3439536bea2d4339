package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers must be numbers: a quoted {@code "5"} where a count or an amount belongs is a wrong type. It is reported
 * through the problem handler (so reading goes on and every problem is listed), not coerced silently.
 */
final class UnquotedNumbers {

    private UnquotedNumbers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("zhicheng-unquoted-numbers");
        for (Class<?> type : List.<Class<?>>of(int.class, Integer.class, long.class, Long.class, BigDecimal.class)) {
            add(module, type);
        }
        return module;
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleModule module, Class<T> type) {
        JsonDeserializer<T> standard = (JsonDeserializer<T>) NumberDeserializers.find(type, type.getName());
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    return (T) ctxt.handleWeirdStringValue(type, p.getText(), "a number is written without quotes");
                }
                return standard.deserialize(p, ctxt);
            }

            @Override
            public T getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
                return standard.getNullValue(ctxt);
            }
        });
    }
}
