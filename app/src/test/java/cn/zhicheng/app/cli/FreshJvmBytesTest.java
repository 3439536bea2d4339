package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes in every run and on every JVM: the command line runs in two fresh JVMs (the
 * second with another default time zone, locale and encoding), and their outputs are compared byte for byte. Hash
 * seeds of {@code Map.of} and {@code Set.of} differ between the two, so an ordering that leaks from one of them
 * shows here. The first JVMs fill a cache of validated annexes and a third recalls them from it, while the foreign
 * one keeps no cache: annexes recalled and annexes read and validated give the same bytes.
 */
class FreshJvmBytesTest {

    private static byte[] run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finished");
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        return out;
    }

    @TempDir
    Path cache;

    @Test
    void twoFreshJvmsPrintTheSameBytes() throws Exception {
        String[] json = {"check", CommandLineTest.EXAMPLE.toString(), "--field", "AI", "--level", "INTERMEDIATE",
            "--as-of", "2026-06-30", "--json"};
        String[] text = {"highest", CommandLineTest.EXAMPLE.toString(), "--field", "MARKETING",
            "--as-of", "2026-06-30", "--json"};
        List<String> plain = List.of("-Dzhicheng.cache=" + cache);
        List<String> foreign = List.of("-Duser.timezone=America/Los_Angeles", "-Duser.language=de",
                "-Duser.country=DE", "-Dfile.encoding=ISO-8859-1", "-Dzhicheng.cache=off");
        byte[] first = run(plain, json);
        byte[] second = run(foreign, json);
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("\"verdict\":\"ELIGIBLE\""));
        assertArrayEquals(first, second);
        try (var kept = Files.list(cache)) {
            assertTrue(kept.findAny().isPresent(), "the first run kept the validated annexes");
        }
        assertArrayEquals(first, run(plain, json));
        assertArrayEquals(run(plain, text), run(foreign, text));
    }
}
