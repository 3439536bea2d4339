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
        void write(Verdicts.Decided d, Utf8Buffer b) {
            if (d.decision() != null) {
                b.append(DecisionJson.bytes(d.decision())).append('\n');
                return;
            }
            b.append('{');
            if (d.screening().earliestEligible().isPresent()) {
                b.append("\"earliestEligible\":\"").append(d.screening().earliestEligible().get().toString())
                        .append("\",");
            }
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
        void write(Verdicts.Decided d, Utf8Buffer b) {
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
            if (d.screening().earliestEligible().isPresent()) {
                b.append(d.screening().earliestEligible().get().toString());
            }
            b.append('\n');
        }
    };

    /** What opens the output, before any record. */
    abstract byte[] header();

    /** One decided record, ending in a line break. */
    byte[] line(Verdicts.Decided d) {
        Utf8Buffer b = new Utf8Buffer(192);
        write(d, b);
        return b.toByteArray();
    }

    /**
     * One decided record written as UTF-8 at the end of {@code out}, ending in a line break: the bytes of
     * {@link #line}, so a chunk of records is written into one buffer instead of record by record.
     */
    abstract void write(Verdicts.Decided d, Utf8Buffer out);

    /** The ID number as every listing shows it: the birth date hidden (七(二)). */
    private static String masked(Verdicts.Decided d) {
        return Masking.middle(d.applicant().identity().idNumber(), 6, 4);
    }

    /**
     * A JSON string as {@link CanonicalJson} writes it: only the quote, the backslash and control characters
     * escaped, everything else as it is; null as {@code null}.
     */
    private static void jsonString(Utf8Buffer out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        if (plain == s.length()) {
            out.append(s).append('"');
            return;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
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
        out.append(b.toString()).append('"');
    }

    /** A CSV field, quoted when it must be; a leading =, +, - or @ is quoted too, so no spreadsheet runs it. */
    private static Utf8Buffer cell(Utf8Buffer out, String value) {
        boolean quote = value.isEmpty() ? false : "=+-@".indexOf(value.charAt(0)) >= 0;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        if ("=+-@".indexOf(value.isEmpty() ? ' ' : value.charAt(0)) >= 0) {
            out.append('\'');
        }
        return out.append(value.replace("\"", "\"\"")).append('"');
    }
}
