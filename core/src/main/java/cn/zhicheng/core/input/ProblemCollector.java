package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.databind.util.LinkedNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Collects problems and lets Jackson go on, so one run reports them all. One collector per read. */
final class ProblemCollector extends DeserializationProblemHandler {

    private final String source;
    private final YamlLines lines;
    private final List<InputProblem> problems = new ArrayList<>();

    ProblemCollector(String source, YamlLines lines) {
        this.source = source;
        this.lines = lines;
    }

    /** The collector of the read in progress, for deserializers that refuse a value themselves. */
    static Optional<ProblemCollector> of(DeserializationContext ctxt) {
        for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers(); h != null;
                h = h.next()) {
            if (h.value() instanceof ProblemCollector c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    List<InputProblem> problems() {
        return problems;
    }

    /** Tokens replayed from a buffer (polymorphic values) have no location: look the line up by path. */
    void add(String path, int line, int column, Refusal refusal) {
        problems.add(line > 0 ? new InputProblem(source, path, line, column, refusal)
                : new InputProblem(source, path, lines.lineOf(path), lines.columnOf(path), refusal));
    }

    /** A problem with the value the parser is at. */
    void add(JsonParser p, JsonStreamContext context, Refusal refusal) {
        JsonLocation at = p.currentTokenLocation();
        add(Paths.of(context), at.getLineNr(), at.getColumnNr(), refusal);
    }

    void add(DeserializationContext ctxt, Refusal refusal) {
        add(ctxt.getParser(), ctxt.getParser().getParsingContext(), refusal);
    }

    /** What a refused value is read as, so reading can go on: 0 or false for primitives, else null. */
    static Object defaultOf(Class<?> type) {
        return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
        List<String> allowed = known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList();
        add(p, p.getParsingContext(), Refusal.of("input.unknownKey", propertyName, allowed));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        Class<?> boxed = targetType.isPrimitive() ? ClassUtil.wrapperType(targetType) : targetType;
        boolean quotedNumber = Number.class.isAssignableFrom(boxed)
                && valueToConvert.trim().matches("-?\\d+(\\.\\d+)?");
        add(ctxt, Refusal.of(quotedNumber ? "input.quotedNumber" : "input.invalidValue", valueToConvert,
                Kinds.of(targetType)));
        return defaultOf(targetType);
    }

    @Override
    public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue,
                                 String failureMsg) {
        JsonParser p = ctxt.getParser();
        String parent = Paths.of(p.getParsingContext().getParent());
        JsonLocation at = p.currentTokenLocation();
        add((parent.isEmpty() ? "" : parent + ".") + keyValue, at.getLineNr(), at.getColumnNr(),
                Refusal.of("input.invalidKey", keyValue, Kinds.of(rawKeyType)));
        return null; // kept as a null key; validation of the rest goes on
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        add(ctxt, Refusal.of("input.invalidValue", String.valueOf(valueToConvert), Kinds.of(targetType)));
        return defaultOf(targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        Refusal expected = Kinds.of(targetType.getRawClass());
        Refusal found = t == null ? Refusal.of("kind.nothing") : t.isScalarValue()
                ? Refusal.of("input.quoted", p.getText()) : Kinds.token(t);
        // at the start of a list or mapping the parser has entered it already; the value is its parent's
        JsonStreamContext context = t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT
                ? p.getParsingContext().getParent() : p.getParsingContext();
        add(p, context, Refusal.of("input.expected", expected, found));
        p.skipChildren();
        return defaultOf(targetType.getRawClass());
    }

    @Override
    public JavaType handleUnknownTypeId(DeserializationContext ctxt, JavaType baseType, String subTypeId,
                                        TypeIdResolver idResolver, String failureMsg) {
        add(ctxt, Refusal.of("input.unknownType", subTypeId, idResolver.getDescForKnownTypeIds()));
        return ctxt.constructType(Void.class); // read as null and go on
    }

    @Override
    public JavaType handleMissingTypeId(DeserializationContext ctxt, JavaType baseType, TypeIdResolver idResolver,
                                        String failureMsg) {
        add(ctxt, Refusal.of("input.missingType", idResolver.getDescForKnownTypeIds()));
        return ctxt.constructType(Void.class); // read as null and go on
    }
}
