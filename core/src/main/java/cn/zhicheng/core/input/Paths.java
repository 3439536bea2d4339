package cn.zhicheng.core.input;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** One spelling of paths for every source: {@code fields[0].levels.JUNIOR.anyOf[1].clause}. */
final class Paths {

    private Paths() {
    }

    /** The path of the value the parser is at. */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        return strip(String.join("", parts));
    }

    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return strip(b.toString());
    }

    /**
     * Whether a Bean Validation path lies under a map key that was null, which only a key refused while reading
     * leaves behind ({@code levels<K>[].<map key>}, {@code levels[].achievements}); the key itself is reported.
     */
    static boolean underRefusedKey(String path) {
        return path.contains("<K>[]") || path.matches(".*\\[\\]\\.[^<].*");
    }

    /** Bean Validation's {@code levels[JUNIOR].kinds[].<iterable element>} becomes {@code levels.JUNIOR.kinds}. */
    static String ofBeanValidation(String path) {
        String p = path.replaceAll("\\.?<[^>]*>", "").replace("[]", "");
        p = p.replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
        return strip(p);
    }

    private static String strip(String p) {
        return p.startsWith(".") ? p.substring(1) : p;
    }
}
