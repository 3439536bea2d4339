package cn.zhicheng.core.input;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The parser's own words for a syntax error, whole (not only its first line), and with nothing of Java in them: no
 * class names, no configuration names, no source descriptions. A user reads what is wrong with the file, not with
 * the program.
 */
final class SyntaxProblems {

    private static final Pattern MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:.*?]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source:.*$", Pattern.DOTALL);
    /** Jackson's advice to the programmer: {@code : enable `JsonReadFeature.X` to allow}. */
    private static final Pattern ENABLE = Pattern.compile("[:;,]?\\s*(?:enable|disable) `[^`]*`[^;.)]*");
    private static final Pattern CHAIN = Pattern.compile("\\s*\\(through reference chain:[^)]*\\)");
    /** A qualified Java name, possibly in backticks: {@code `java.lang.Integer`}, {@code java.time.LocalDate}. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "`?\\b(?:java|javax|jakarta|com|org|cn|sun|jdk)\\.(?:[A-Za-z_$][\\w$]*\\.)*([A-Za-z_$][\\w$]*)`?");
    private static final Pattern HINTS = Pattern.compile(
            "\\s*\\(?(?:[^.;(]*\\b(?:CoercionConfig|MapperFeature|DeserializationFeature|JsonParser\\.Feature|"
                    + "StreamReadConstraints|StreamReadFeature|EpochDay|JsonFormat|@JsonCreator)\\b[^.;)]*)\\)?[.;]?");

    private SyntaxProblems() {
    }

    /** "found unexpected end of stream (while scanning a quoted scalar, from line 3 column 8)". */
    static String of(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext();
        if (context == null || context.isBlank()) {
            return clean(problem);
        }
        Mark at = e.getContextMark();
        String from = at == null ? "" : ", from line " + (at.getLine() + 1) + " column " + (at.getColumn() + 1);
        return clean(problem + " (" + context + from + ")");
    }

    /** The message on one line, without source descriptions, reference chains or Java names. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "?";
        }
        String m = MARKER.matcher(message).replaceAll("");
        m = SOURCE.matcher(m).replaceAll("");
        m = ENABLE.matcher(m).replaceAll("");
        m = CHAIN.matcher(m).replaceAll("");
        m = HINTS.matcher(m).replaceAll("");
        m = JAVA_NAME.matcher(m).replaceAll("$1");
        m = m.replace("VALUE_STRING", "a string").replace("FIELD_NAME", "a key");
        m = m.replaceAll("\\s*\\R\\s*", "; ").replaceAll("\\s+", " ").replace("`", "").trim();
        return m.isEmpty() ? "?" : Printable.of(m);
    }
}
