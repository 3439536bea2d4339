package cn.zhicheng.app.batch;

import cn.zhicheng.core.applicant.Masking;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionJson;
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
            StringBuilder b = new StringBuilder(192);
            append(d, b);
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** The canonical JSON of the listing written directly, its keys in sorted order: no tree is built. */
        @Override
        void append(Verdicts.Decided d, StringBuilder b) {
            if (d.decision() != null) {
                b.append(new String(line(d), StandardCharsets.UTF_8));
                return;
            }
            b.append('{');
            d.screening().earliestEligible().ifPresent(e -> b.append("\"earliestEligible\":\"").append(e).append("\","));
            b.append("\"field\":");
            jsonString(b, d.criteria().field().code());
            b.append(",\"idNumber\":");
            jsonString(b, masked(d));
            b.append(",\"level\":\"").append(d.level().name()).append('"');
            if (d.record().line() > 0) {
                b.append(",\"line\":").append(d.record().line());
            }
            b.append(",\"name\":");
            jsonString(b, d.applicant().identity().name());
            b.append(",\"source\":");
            jsonString(b, d.record().source());
            b.append(",\"verdict\":\"").append(d.screening().verdict().name()).append("\"}\n");
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
            append(d, b);
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        void append(Verdicts.Decided d, StringBuilder b) {
            cell(b, d.record().source()).append(',');
            if (d.record().line() > 0) {
                b.append(d.record().line());
            }
            b.append(',');
            cell(b, d.applicant().identity().name()).append(',');
            cell(b, masked(d)).append(',');
            b.append(d.criteria().field().code()).append(',');
            b.append(d.level().name()).append(',');
            b.append(d.screening().verdict().name()).append(',');
            d.screening().earliestEligible().ifPresent(b::append);
            b.append('\n');
        }
    };

    /** What opens the output, before any record. */
    abstract byte[] header();

    /** One decided record, ending in a line break. */
    abstract byte[] line(Verdicts.Decided d);

    /**
     * One decided record appended as text, ending in a line break: its UTF-8 bytes are {@link #line}'s, so a chunk
     * of records is encoded once instead of record by record.
     */
    abstract void append(Verdicts.Decided d, StringBuilder text);

    /** The ID number as every listing shows it: the birth date hidden (七(二)). */
    private static String masked(Verdicts.Decided d) {
        return Masking.middle(d.applicant().identity().idNumber(), 6, 4);
    }

    /**
     * A JSON string as {@link CanonicalJson} writes it: only the quote, the backslash and control characters
     * escaped, everything else as it is; null as {@code null}.
     */
    private static void jsonString(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
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
