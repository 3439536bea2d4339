package cn.zhicheng.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the code can raise has its words in both languages: a key missing from a bundle would turn a
 * refused input into an internal error at the moment a user needs the explanation.
 */
class RefusalKeysTest {

    private static final Pattern USED = Pattern.compile(
            "Refusal\\.of\\(\\s*\"([a-zA-Z.]+)\"|message = \"\\{([a-zA-Z.]+)}\"|Template\\(\"\\{([a-zA-Z.]+)}\"");

    /** The keys named in the main sources of core and app. */
    private static List<String> usedKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../app/src/main/java"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = USED.matcher(Files.readString(f));
                    while (m.find()) {
                        for (int g = 1; g <= 3; g++) {
                            if (m.group(g) != null) {
                                keys.add(m.group(g));
                            }
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() throws IOException {
        List<String> used = usedKeys();
        assertTrue(used.size() > 60, "keys found in the sources: " + used.size());
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Refusals.ZH, Refusals.EN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : new TreeSet<>(used)) {
                try {
                    bundle.getString(key);
                } catch (MissingResourceException e) {
                    missing.add(locale + " " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyIdNumberProblemHasWords() {
        for (String problem : List.of("message", "format", "region", "birthDate", "checkDigit", "bornInFuture",
                "bornTooEarly", "tooYoung")) {
            Refusals.both(Refusal.of("cn.zhicheng.ResidentIdNumber." + problem));
        }
    }

    @Test
    void argumentsAreFilledInWithoutMessageFormatsQuirks() {
        assertEquals("number too large (at most 2147483647)",
                Refusals.render(Refusal.of("input.numberTooLarge", Integer.MAX_VALUE), Refusals.EN));
        assertEquals("unknown key 'it's'; allowed keys: a, b",
                Refusals.render(Refusal.of("input.unknownKey", "it's", List.of("a", "b")), Refusals.EN));
        assertEquals("invalid value 'x⟨U+202E⟩⟨U+000A⟩', expected true or false",
                Refusals.render(Refusal.of("input.booleanForm", "x\u202E\n"), Refusals.EN));
    }

    @Test
    void controlCharactersAreShownNotObeyed() {
        assertEquals("王⟨U+000A⟩结论⟨U+001B⟩[2J⟨U+202E⟩⟨U+2066⟩⟨U+200B⟩", Printable.of("王\n结论\u001B[2J\u202E\u2066\u200B"));
        assertEquals("正常的名字 O'Brien", Printable.of("正常的名字 O'Brien"));
    }
}
