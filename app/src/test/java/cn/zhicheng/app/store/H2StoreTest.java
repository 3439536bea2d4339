package cn.zhicheng.app.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded H2, each database in a data folder of its own; and what only a file can suffer. */
class H2StoreTest extends StoreContract {

    @TempDir
    Path root;

    private final AtomicInteger counter = new AtomicInteger();

    private record Folder(Path path) implements Target {
        @Override
        public Database open() {
            return Database.openFolder(path);
        }
    }

    @Override
    Target fresh() {
        return new Folder(root.resolve("data-" + counter.incrementAndGet()));
    }

    @Override
    Jdbi rawAccess(Target target) {
        return Jdbi.create("jdbc:h2:file:" + ((Folder) target).path().toAbsolutePath().resolve(Database.H2_NAME)
                + ";IFEXISTS=TRUE", "sa", "");
    }

    @Test
    void theDatabaseIsAFileInTheFolderTheUserChose() throws Exception {
        Folder folder = (Folder) fresh();
        try (Database db = folder.open()) {
            assertTrue(Files.isRegularFile(folder.path().resolve("zhicheng.mv.db")));
        }
    }

    @Test
    void aFileThatIsNotADatabaseRefusesToOpenAndIsLeftAsItWas() throws Exception {
        Folder folder = (Folder) fresh();
        Files.createDirectories(folder.path());
        byte[] notes = "这不是数据库 / these are someone's notes, not a database\n".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        Path file = folder.path().resolve("zhicheng.mv.db");
        Files.write(file, notes);

        StoreRefused refused = assertThrows(StoreRefused.class, folder::open);
        assertTrue(refused.reason().zh().contains("无法打开数据库"), refused.reason().zh());
        assertTrue(refused.reason().en().contains("damaged or not a database"), refused.reason().en());
        assertTrue(refused.reason().en().contains("zhicheng.mv.db"), refused.reason().en());
        assertArrayEquals(notes, Files.readAllBytes(file), "the file was not touched");
    }
}
