package cn.zhicheng.app.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.AnnexSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A later version of 附件1 for tests: the shipped descriptor with its intermediate "AI projects" minimum raised by
 * one, under another version number and date, served as a drop-in annex would be.
 */
final class LaterAiAnnex {

    static final String PROJECTS = "ai-intermediate-projects";

    private LaterAiAnnex() {
    }

    /** The shipped annex as a version {@code version} in force from {@code from}, the projects minimum raised by one. */
    static AnnexSource raised(String version, LocalDate from) {
        String v1;
        try (InputStream in = LaterAiAnnex.class.getClassLoader().getResourceAsStream("zhicheng/annex/ai.yaml")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = Pattern.compile("(id: " + PROJECTS + "\\n(?:.*\\n)*?\\s+min: )(\\d+)").matcher(v1);
        assertTrue(m.find(), "the AI annex names " + PROJECTS);
        String text = (v1.substring(0, m.start()) + m.group(1) + (Integer.parseInt(m.group(2)) + 1)
                + v1.substring(m.end()))
                .replaceFirst("version: \\S+", "version: " + version)
                .replaceFirst("effectiveFrom: \\S+", "effectiveFrom: " + from);
        String name = "zhicheng/annex/ai-" + version + ".yaml";
        return new AnnexSource("annex-ai-" + version + ".jar", new AnnexProvider() {
            @Override
            public List<String> descriptors() {
                return List.of(name);
            }

            @Override
            public ClassLoader resourceLoader() {
                return new ClassLoader(null) {
                    @Override
                    public InputStream getResourceAsStream(String resource) {
                        return resource.equals(name)
                                ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) : null;
                    }
                };
            }
        });
    }

    /** The projects minimum a decision applied. */
    static long required(DecisionRecord r) {
        Finding projects = r.findings().stream().flatMap(Finding::flatten)
                .filter(f -> f.rule().equals("achievement." + PROJECTS)).findFirst().orElseThrow();
        return (Long) projects.facts().get("min");
    }
}
