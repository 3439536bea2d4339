package cn.zhicheng.core.decision;

import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.PublicInstitutionArrangement;
import cn.zhicheng.core.applicant.RecognitionLevel;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.applicant.TalentKind;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import cn.zhicheng.core.channel.GreenChannel;
import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.eligibility.Verdict;
import cn.zhicheng.core.policy.Domain;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Message keys and their typed arguments in JSON, both ways, so a message read back renders exactly as it did:
 * text and whole numbers as themselves, a date as {@code {"date":…}}, a decimal as {@code {"decimal":…}}, a policy
 * term as {@code {"enum":"Degree.BACHELOR"}}, a bilingual text as {@code {"zh":…,"en":…}}, a nested message as
 * {@code {"key":…,"args":[…]}}, a list as an array.
 */
final class MessageArgs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The policy terms a message may name, by simple class name. */
    private static final Map<String, Class<? extends Enum<?>>> TERMS = Stream.of(Degree.class, EmploymentKind.class,
                    PublicInstitutionArrangement.class, RecognitionLevel.class, RecommenderKind.class,
                    TalentKind.class, WorkKind.class, WorkRole.class, GreenChannel.class, Verdict.class, Domain.class,
                    Level.class, Series.class, Title.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private MessageArgs() {
    }

    static ObjectNode message(Message m) {
        ObjectNode node = NODES.objectNode();
        node.put("key", m.key());
        ArrayNode args = node.putArray("args");
        m.args().forEach(a -> args.add(arg(a)));
        return node;
    }

    static Message message(JsonNode node, String path) {
        JsonNode key = node.get("key");
        JsonNode args = node.get("args");
        if (key == null || !key.isTextual() || args == null || !args.isArray()) {
            throw new IllegalArgumentException(path + ": a message has a text 'key' and an 'args' list");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            values.add(arg(args.get(i), path + ".args[" + i + "]"));
        }
        return new Message(key.textValue(), values);
    }

    private static JsonNode arg(Object a) {
        if (a instanceof Message m) {
            return message(m);
        }
        if (a instanceof Text t) {
            ObjectNode node = NODES.objectNode();
            node.put("zh", t.zh());
            node.put("en", t.en());
            return node;
        }
        if (a instanceof Enum<?> e && TERMS.containsKey(e.getDeclaringClass().getSimpleName())) {
            return NODES.objectNode().put("enum", e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        if (a instanceof LocalDate d) {
            return NODES.objectNode().put("date", d.toString());
        }
        if (a instanceof BigDecimal d) {
            return NODES.objectNode().put("decimal", d.toPlainString());
        }
        if (a instanceof Integer || a instanceof Long) {
            return NODES.numberNode(((Number) a).longValue());
        }
        if (a instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (a instanceof String s) {
            return NODES.textNode(s);
        }
        if (a instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(x -> array.add(arg(x)));
            return array;
        }
        throw new IllegalArgumentException("a message argument of type "
                + (a == null ? "null" : a.getClass().getSimpleName()) + " has no wire form");
    }

    private static Object arg(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(arg(node.get(i), path + "[" + i + "]"));
            }
            return list;
        }
        if (node.isObject()) {
            if (node.has("key")) {
                return message(node, path);
            }
            if (node.has("zh") && node.has("en")) {
                return new Text(node.get("zh").asText(), node.get("en").asText());
            }
            if (node.has("date")) {
                return LocalDate.parse(node.get("date").asText());
            }
            if (node.has("decimal")) {
                return new BigDecimal(node.get("decimal").asText());
            }
            if (node.has("enum")) {
                return term(node.get("enum").asText(), path);
            }
        }
        throw new IllegalArgumentException(path + ": not a message argument: " + node);
    }

    private static Object term(String value, String path) {
        int dot = value.indexOf('.');
        Class<? extends Enum<?>> type = dot < 0 ? null : TERMS.get(value.substring(0, dot));
        if (type == null) {
            throw new IllegalArgumentException(path + ": unknown policy term " + value);
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(value.substring(dot + 1))) {
                return e;
            }
        }
        throw new IllegalArgumentException(path + ": unknown policy term " + value);
    }
}
