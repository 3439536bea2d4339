package cn.zhicheng.app.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.ClassPathResources;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.AnnexDescriptor;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.Annexes;
import cn.zhicheng.core.spi.DescriptorMemory;
import com.google.inject.Guice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of validated annexes can only ever give what reading and validating the same bytes with the same program
 * gives: a changed byte, another program, a damaged, foreign or hostile entry and a folder others may write all fall
 * back to reading and validating, and whatever the cache holds, the annexes loaded are the same.
 */
class AnnexCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneOffset.UTC);
    private static final String AI = "zhicheng/annex/ai.yaml";

    @TempDir
    Path dir;

    /** A memory that counts what it recalled. */
    private static final class Counting implements DescriptorMemory {
        private final DescriptorMemory memory;
        int recalled;
        int descriptors;

        Counting(DescriptorMemory memory) {
            this.memory = memory;
        }

        @Override
        public <T> Optional<T> recall(Class<T> type, byte[] content) {
            Optional<T> value = memory.recall(type, content);
            value.ifPresent(v -> {
                recalled++;
                descriptors += type == AnnexDescriptor.class ? 1 : 0;
            });
            return value;
        }

        @Override
        public <T> void remember(Class<T> type, byte[] content, T value) {
            memory.remember(type, content, value);
        }
    }

    private static List<FieldCriteria> load(DescriptorMemory memory) {
        return Guice.createInjector(PolicyModule.load(CLOCK, AnnexCacheTest.class.getClassLoader(),
                PluginFolder.byDefault(), Set.of(), memory)).getInstance(Annexes.class).versions();
    }

    private static AnnexLoader loader(DescriptorMemory memory) {
        return new AnnexLoader(new StrictReader(BilingualValidator.create(CLOCK)), memory);
    }

    private static byte[] ai() {
        return ClassPathResources.read(AnnexCacheTest.class.getClassLoader(), AI).orElseThrow();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void annexesRecalledFromTheCacheAreThoseReadAndValidated() throws IOException {
        List<FieldCriteria> read = load(DescriptorMemory.NONE);
        Counting cold = new Counting(AnnexCache.in(dir));
        assertEquals(read, load(cold));
        assertEquals(0, cold.recalled);
        int kept = entries().size();
        assertTrue(kept >= 7, "every annex and every series baseline kept: " + kept);

        Counting warm = new Counting(AnnexCache.in(dir));
        assertEquals(read, load(warm));
        assertEquals(kept, warm.recalled, "every descriptor recalled, none read again");
        // the criteria digests pinned in decision records come out the same
        assertEquals(read.stream().map(f -> f.ruleSet().sha256()).toList(),
                load(AnnexCache.in(dir)).stream().map(f -> f.ruleSet().sha256()).toList());
    }

    @Test
    void aChangedByteIsReadAndValidatedAgain() {
        AnnexCache cache = AnnexCache.in(dir);
        byte[] good = ai();
        List<FieldCriteria> before = loader(cache).parse(AI, good);
        assertEquals("人工智能", before.get(0).field().name().zh());

        // a valid change: the new words, not the remembered ones
        byte[] renamed = new String(good, StandardCharsets.UTF_8).replace("zh: \"人工智能\"", "zh: \"人工智慧\"")
                .getBytes(StandardCharsets.UTF_8);
        Counting memory = new Counting(cache);
        assertEquals("人工智慧", loader(memory).parse(AI, renamed).get(0).field().name().zh());
        assertEquals(0, memory.descriptors);

        // an invalid change: refused with the problem, as if there were no cache
        byte[] broken = new String(good, StandardCharsets.UTF_8).replace("- code: AI", "- code: ai")
                .getBytes(StandardCharsets.UTF_8);
        InputRejected withCache = assertThrows(InputRejected.class, () -> loader(cache).parse(AI, broken));
        InputRejected without = assertThrows(InputRejected.class,
                () -> loader(DescriptorMemory.NONE).parse(AI, broken));
        assertEquals(without.problems(), withCache.problems());
        assertTrue(withCache.problems().stream().anyMatch(p -> p.path().equals("fields[0].code")),
                withCache.problems().toString());
        // and refused again the next time: a refused descriptor is never remembered
        assertThrows(InputRejected.class, () -> loader(cache).parse(AI, broken));
        assertEquals(before, loader(cache).parse(AI, good));
    }

    @Test
    void damagedEntriesAreIgnored() throws IOException {
        List<FieldCriteria> read = load(AnnexCache.in(dir));
        List<Path> entries = entries();
        Path flipped = entries.get(0);
        byte[] bytes = Files.readAllBytes(flipped);
        bytes[bytes.length - 2] ^= 1;
        Files.write(flipped, bytes);
        Files.write(entries.get(1), new byte[0]);
        Files.write(entries.get(2), Files.readAllBytes(entries.get(3))); // another's entry, whole, under this name
        Files.write(entries.get(4), new byte[AnnexCache.LARGEST_ENTRY + 1]);
        Files.write(entries.get(5), "not an entry at all".getBytes(StandardCharsets.UTF_8));

        Counting memory = new Counting(AnnexCache.in(dir));
        assertEquals(read, load(memory));
        assertEquals(entries.size() - 5, memory.recalled, "only the entries left whole are recalled");
        // and the damaged ones were written again, whole
        Counting again = new Counting(AnnexCache.in(dir));
        load(again);
        assertEquals(entries.size(), again.recalled);
    }

    @Test
    void anEntryWhoseDigestHoldsButWhoseContentIsRefusedIsIgnored() throws IOException {
        AnnexCache cache = AnnexCache.in(dir);
        loader(cache).parse(AI, ai());
        for (Path entry : entries()) {
            List<String> lines = Files.readString(entry).lines().toList();
            byte[] key = HexFormat.of().parseHex(lines.get(1));
            // well formed for its key, its digest right, holding what the strict reader refuses (an unknown key)
            byte[] json = "{\"schema\":\"1.0\",\"smuggled\":true}".getBytes(StandardCharsets.UTF_8);
            String seal = HexFormat.of().formatHex(sha256(key, json));
            Files.writeString(entry, lines.get(0) + "\n" + lines.get(1) + "\n" + seal + "\n"
                    + new String(json, StandardCharsets.UTF_8));
        }
        Counting memory = new Counting(cache);
        assertEquals(loader(DescriptorMemory.NONE).parse(AI, ai()), loader(memory).parse(AI, ai()));
        assertEquals(0, memory.recalled);
    }

    @Test
    void anotherProgramRecallsNothing() {
        load(AnnexCache.in(dir));
        Counting other = new Counting(AnnexCache.in(dir, new byte[] {1, 2, 3}));
        assertEquals(load(DescriptorMemory.NONE), load(other));
        assertEquals(0, other.recalled);
    }

    @Test
    void aFolderOthersMayWriteIsNotTrusted() throws IOException {
        load(AnnexCache.in(dir));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Counting memory = new Counting(AnnexCache.in(dir));
        assertEquals(load(DescriptorMemory.NONE), load(memory));
        assertEquals(0, memory.recalled);

        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path entry = entries().get(0);
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
        Counting oneOpen = new Counting(AnnexCache.in(dir));
        load(oneOpen);
        assertEquals(entries().size() - 1, oneOpen.recalled);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Counting memory = new Counting(AnnexCache.in(notAFolder.resolve("cache")));
        assertEquals(load(DescriptorMemory.NONE), load(memory));
        assertEquals(0, memory.recalled);
        assertFalse(Files.exists(notAFolder.resolve("cache")));
    }

    @Test
    void theValidatedDescriptorComesBackEqual() throws IOException {
        AnnexDescriptor read = new StrictReader(BilingualValidator.create(CLOCK)).read(AI, ai(),
                StrictReader.Syntax.YAML, AnnexDescriptor.class);
        assertEquals(read, StrictReader.recalled(StrictReader.remembered(read), AnnexDescriptor.class));
    }

    private static byte[] sha256(byte[] key, byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            return sha.digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
