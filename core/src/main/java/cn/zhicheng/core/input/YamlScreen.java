package cn.zhicheng.core.input;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Screens a YAML file, event by event, for what Jackson would silently misread or choke on: an alias is read as
 * its anchor's name, a second document is ignored, a tag changes a value's type. Each is refused with its line,
 * column and path; so are values nested too deeply or texts too long. A syntax error is reported with the parser's
 * whole problem ("found unexpected end of stream", "found character '\t' that cannot start any token"...).
 */
final class YamlScreen {

    /** One problem found, before it is placed in a file. */
    record Found(String path, int line, int column, Refusal refusal) {
    }

    private final List<Found> found = new ArrayList<>();
    /** Where the parser is: one frame per open mapping or list. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean tooDeep;

    private YamlScreen() {
    }

    static List<Found> screen(byte[] content) {
        YamlScreen screen = new YamlScreen();
        screen.run(content);
        return List.copyOf(screen.found);
    }

    private void run(byte[] content) {
        LoaderOptions options = StrictReader.loaderOptions();
        Parser parser = new ParserImpl(new StreamReader(new UnicodeReader(new ByteArrayInputStream(content))), options);
        int documents = 0;
        try {
            for (Event e = parser.getEvent(); !(e instanceof StreamEndEvent); e = parser.getEvent()) {
                if (e instanceof DocumentStartEvent && ++documents > 1) {
                    add(e.getStartMark(), Refusal.of("input.documents"));
                    return;
                }
                visit(e);
                if (tooDeep) {
                    return; // nothing deeper is worth reading
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = SyntaxProblems.of(e);
            add(mark, Refusal.of("input.syntax", new cn.zhicheng.core.policy.Text(problem, problem)));
        } catch (ReaderException e) {
            // a character YAML does not allow in a file (a raw control character): where it is, and which
            String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
            int at = Math.min(Math.max(e.getPosition(), 0), text.length());
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            found.add(new Found(path(), (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1,
                    at - lineStart + 1, Refusal.of("input.character", String.format("U+%04X", e.getCodePoint()))));
        } catch (YAMLException e) {
            add(null, Refusal.of("input.syntax", StrictReader.parserWords(e.getMessage())));
        }
    }

    private void visit(Event e) {
        if (e instanceof NodeEvent node) {
            if (e instanceof AliasEvent) {
                add(e.getStartMark(), Refusal.of("input.alias", node.getAnchor()));
            } else if (node.getAnchor() != null) {
                add(e.getStartMark(), Refusal.of("input.anchor", node.getAnchor()));
            }
            String tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !tag.equals("!")) {
                add(e.getStartMark(), Refusal.of("input.tag", tag));
            }
            if (e instanceof ScalarEvent s && s.getValue().length() > StrictReader.LONGEST_TEXT) {
                add(e.getStartMark(), Refusal.of("input.textTooLong", StrictReader.LONGEST_TEXT));
            }
        }
        if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
            frames.pop();
            advance(null);
        } else if (e instanceof ScalarEvent || e instanceof AliasEvent) {
            advance(e instanceof ScalarEvent s ? s.getValue() : null);
        } else if (e instanceof CollectionStartEvent) {
            if (frames.size() >= StrictReader.DEEPEST_NESTING) {
                add(e.getStartMark(), Refusal.of("input.tooDeep", StrictReader.DEEPEST_NESTING));
                tooDeep = true;
                return;
            }
            frames.push(new Frame(e.is(Event.ID.MappingStart)));
        }
    }

    /** A value (or a key) was read in the innermost frame. */
    private void advance(String scalar) {
        Frame f = frames.peek();
        if (f != null) {
            f.advance(scalar);
        }
    }

    private void add(Mark mark, Refusal refusal) {
        found.add(new Found(path(), mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                refusal));
    }

    private String path() {
        StringBuilder b = new StringBuilder();
        frames.descendingIterator().forEachRemaining(f -> b.append(f.segment()));
        return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    }

    /** An open mapping (alternating key and value) or list (counting its items). */
    private static final class Frame {
        private final boolean mapping;
        private boolean atValue;
        private String key;
        private int index;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }

        void advance(String scalar) {
            if (mapping) {
                if (!atValue) {
                    key = scalar;
                }
                atValue = !atValue;
            } else {
                index++;
            }
        }

        /** The path segment of the value this frame is at. */
        String segment() {
            if (!mapping) {
                return "[" + index + "]";
            }
            return atValue && key != null ? "." + key : "";
        }
    }
}
