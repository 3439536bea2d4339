package cn.zhicheng.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static String canonical(JsonNode node) {
        return new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8);
    }

    @Test
    void keysAreSortedByCodeUnitsAndNothingIsIndented() {
        ObjectNode node = NODES.objectNode();
        node.put("中", 1);
        node.put("b", 2);
        node.put("B", 3);
        node.putObject("a").put("z", true).put("y", false);
        node.putArray("c").add(3).add(1);
        assertEquals("{\"B\":3,\"a\":{\"y\":false,\"z\":true},\"b\":2,\"c\":[3,1],\"中\":1}", canonical(node));
    }

    @Test
    void stringsEscapeOnlyQuotesBackslashesAndControls() {
        ObjectNode node = NODES.objectNode().put("s", "引号\" \\ \n\t\u0001 é €");
        assertEquals("{\"s\":\"引号\\\" \\\\ \\n\\t\\u0001 é €\"}", canonical(node));
    }

    @Test
    void decimalsHaveOneForm() {
        assertEquals("[2600000,2600000.5,0.25,100]", canonical(NODES.arrayNode()
                .add(new BigDecimal("2600000.00")).add(new BigDecimal("2600000.50")).add(new BigDecimal("0.250"))
                .add(new BigDecimal("1E+2"))));
    }

    @Test
    void floatingPointHasNoCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.bytes(NODES.numberNode(0.1d)));
    }

    @Test
    void theDigestIsOfTheCanonicalBytes() {
        assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                CanonicalJson.sha256(NODES.objectNode()));
    }
}
