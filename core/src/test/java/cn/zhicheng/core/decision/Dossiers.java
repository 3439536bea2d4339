package cn.zhicheng.core.decision;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The test dossier with every kind of evidence, as text and read. */
final class Dossiers {

    static final StrictReader READER = new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"))));

    private Dossiers() {
    }

    static String fullYaml() {
        try (InputStream in = Dossiers.class.getClassLoader().getResourceAsStream("dossier/full.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApplicantFile yaml(String text) {
        return READER.read("full.yaml", text.getBytes(StandardCharsets.UTF_8), StrictReader.Syntax.YAML,
                ApplicantFile.class);
    }

    static ApplicantFile json(byte[] bytes) {
        return READER.read("canonical.json", bytes, StrictReader.Syntax.JSON, ApplicantFile.class);
    }

    static ApplicantFile full() {
        return yaml(fullYaml());
    }
}
