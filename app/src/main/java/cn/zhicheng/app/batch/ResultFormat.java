package cn.zhicheng.app.batch;

import cn.zhicheng.core.applicant.Masking;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * How a decided record is written: one JSON object per line (canonical JSON: keys sorted, no spaces), or one CSV
 * row (RFC 4180: a header, then fields quoted when they hold a comma, a quote or a line break). A line says where the
 * record was (file and line), who (name and the ID number masked), what was asked and the verdict with the earliest
 * date when only time is missing. With the explanation, a JSON line is the whole decision record instead, as
 * {@code check --json} prints it.
 */
public enum ResultFormat {
    JSONL {
        @Override
        byte[] header() {
            return new byte[0];
        }

        @Override
        byte[] line(Verdicts.Decided d) {
            if (d.decision() != null) {
                return withNewline(DecisionJson.bytes(d.decision()));
            }
            ObjectNode n = NODES.objectNode();
            n.put("source", d.record().source());
            if (d.record().line() > 0) {
                n.put("line", d.record().line());
            }
            n.put("name", d.applicant().identity().name());
            n.put("idNumber", masked(d));
            n.put("field", d.criteria().field().code());
            n.put("level", d.level().name());
            n.put("verdict", d.screening().verdict().name());
            d.screening().earliestEligible().ifPresent(e -> n.put("earliestEligible", e.toString()));
            return withNewline(CanonicalJson.bytes(n));
        }
    },
    CSV {
        @Override
        byte[] header() {
            return "source,line,name,idNumber,field,level,verdict,earliestEligible\n".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        byte[] line(Verdicts.Decided d) {
            StringBuilder b = new StringBuilder(128);
            cell(b, d.record().source()).append(',');
            b.append(d.record().line() > 0 ? Long.toString(d.record().line()) : "").append(',');
            cell(b, d.applicant().identity().name()).append(',');
            cell(b, masked(d)).append(',');
            b.append(d.criteria().field().code()).append(',');
            b.append(d.level().name()).append(',');
            b.append(d.screening().verdict().name()).append(',');
            b.append(d.screening().earliestEligible().map(Object::toString).orElse("")).append('\n');
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }
    };

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What opens the output, before any record. */
    abstract byte[] header();

    /** One decided record, ending in a line break. */
    abstract byte[] line(Verdicts.Decided d);

    /** The ID number as every listing shows it: the birth date hidden (七(二)). */
    private static String masked(Verdicts.Decided d) {
        return Masking.middle(d.applicant().identity().idNumber(), 6, 4);
    }

    private static byte[] withNewline(byte[] json) {
        byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }

    /** A CSV field, quoted when it must be; a leading =, +, - or @ is quoted too, so no spreadsheet runs it. */
    private static StringBuilder cell(StringBuilder b, String value) {
        boolean quote = value.isEmpty() ? false : "=+-@".indexOf(value.charAt(0)) >= 0;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return b.append(value);
        }
        b.append('"');
        if ("=+-@".indexOf(value.isEmpty() ? ' ' : value.charAt(0)) >= 0) {
            b.append('\'');
        }
        return b.append(value.replace("\"", "\"\"")).append('"');
    }
}
