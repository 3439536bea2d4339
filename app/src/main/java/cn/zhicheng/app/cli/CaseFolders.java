package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.scrutiny.CaseFile;
import cn.zhicheng.core.scrutiny.CaseRun;
import cn.zhicheng.core.scrutiny.CaseRuns;
import cn.zhicheng.core.spi.Annexes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folders of annex cases, the conformance kit's layout: {@code <annex id>.yaml}, each read strictly and bounded
 * like any input file, at most {@value #MOST_FILES} files a folder. Each case is decided as of its own date, so its
 * applicant file is read by a validator whose "today" is that date (决定 D-14).
 */
final class CaseFolders {

    static final int MOST_FILES = 200;

    private CaseFolders() {
    }

    static List<CaseRun> run(Annexes annexes, List<Path> folders) {
        StrictReader reader = new StrictReader(BilingualValidator.create(Clock.systemUTC()));
        List<CaseRun> runs = new ArrayList<>();
        Gathered gathered = new Gathered();
        for (Path folder : folders) {
            List<Path> found = gathered.attempt(() -> files(folder));
            for (Path file : found == null ? List.<Path>of() : found) {
                String name = file.getFileName().toString();
                String annexId = name.substring(0, name.length() - ".yaml".length());
                CaseFile cases = gathered.attempt(() -> reader.read(file.toString(), ApplicantFiles.bytes(file),
                        StrictReader.Syntax.YAML, CaseFile.class));
                if (cases != null) {
                    runs.addAll(CaseRuns.of(annexes, annexId, cases, CaseFolders::reader));
                }
            }
        }
        gathered.check();
        return List.copyOf(runs);
    }

    private static StrictReader reader(LocalDate asOf) {
        return new StrictReader(BilingualValidator.create(Clock.fixed(
                asOf.atStartOfDay(Zhicheng.ZONE).toInstant(), Zhicheng.ZONE)));
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserError(Refusal.of("cli.cases.notFolder", folder.toString()));
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            if (yaml.size() > MOST_FILES) {
                throw new UserError(Refusal.of("cli.cases.tooMany", folder.toString(), MOST_FILES));
            }
            return yaml;
        } catch (IOException e) {
            throw new UserError(Refusal.of("cli.file.unreadable", folder.toString(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
    }
}
