package cn.zhicheng.app.cli;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an applicant file from disk: {@code .json} as JSON, anything else as YAML; strictly, with every problem. */
final class ApplicantFiles {

    private ApplicantFiles() {
    }

    static ApplicantFile read(StrictReader reader, Path path) {
        return reader.read(path.toString(), bytes(path), syntax(path), ApplicantFile.class);
    }

    static StrictReader.Syntax syntax(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? StrictReader.Syntax.JSON : StrictReader.Syntax.YAML;
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserError(new Text("找不到文件：" + path, "file not found: " + path));
        } catch (IOException e) {
            throw new UserError(new Text("无法读取文件 " + path + "：" + e.getMessage(),
                    "cannot read file " + path + ": " + e.getMessage()));
        }
    }
}
