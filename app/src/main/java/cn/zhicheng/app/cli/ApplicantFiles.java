package cn.zhicheng.app.cli;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an input file from disk: {@code .json} as JSON, anything else as YAML; strictly, with every problem. At
 * most {@link StrictReader#LARGEST_FILE} bytes are read, so a huge file or an endless stream ({@code /dev/zero})
 * is refused at once instead of filling memory.
 */
final class ApplicantFiles {

    private ApplicantFiles() {
    }

    static ApplicantFile read(StrictReader reader, Path path) {
        return reader.read(path.toString(), bytes(path), syntax(path), ApplicantFile.class);
    }

    static StrictReader.Syntax syntax(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? StrictReader.Syntax.JSON : StrictReader.Syntax.YAML;
    }

    static byte[] bytes(Path path) {
        if (Files.isDirectory(path)) {
            throw new UserError(Refusal.of("cli.file.directory", path.toString()));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes(StrictReader.LARGEST_FILE + 1);
            if (content.length > StrictReader.LARGEST_FILE) {
                throw new InputRejected(List.of(new InputProblem(path.toString(), "", 0, 0,
                        Refusal.of("cli.file.tooLarge", StrictReader.LARGEST_FILE))));
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new UserError(Refusal.of("cli.file.notFound", path.toString()));
        } catch (AccessDeniedException e) {
            throw new UserError(Refusal.of("cli.file.denied", path.toString()));
        } catch (IOException e) {
            throw new UserError(Refusal.of("cli.file.unreadable", path.toString(),
                    e.getMessage() == null ? "" : e.getMessage()));
        }
    }
}
