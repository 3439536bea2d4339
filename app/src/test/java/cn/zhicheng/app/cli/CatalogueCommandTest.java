package cn.zhicheng.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published catalogue (标准公开): every field's criteria with sources, provisional marks, green channels, the
 * version in force and the history of versions, as HTML and Markdown in Chinese and English, the same bytes every run.
 */
class CatalogueCommandTest {

    private static final List<String> FILES = List.of("catalogue.zh-CN.md", "catalogue.zh-CN.html", "catalogue.en.md",
            "catalogue.en.html");

    @TempDir
    Path dir;

    private Run catalogue(Path out, String... before) {
        List<String> args = new java.util.ArrayList<>(List.of(before));
        args.addAll(List.of("catalogue", out.toString(), "--as-of", "2026-06-30"));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void everyShippedFieldIsPublishedInBothLanguagesAndBothFormats() throws IOException {
        Run run = catalogue(dir.resolve("out"));
        assertEquals(0, run.exit(), run.err());
        for (String name : FILES) {
            String text = Files.readString(dir.resolve("out").resolve(name));
            for (String code : List.of("AI", "IOT", "BIG_DATA", "CLOUD", "DIGITAL_MANAGEMENT", "SMART_MANUFACTURING",
                    "INDUSTRIAL_INTERNET", "VIRTUAL_REALITY", "INTEGRATED_CIRCUIT", "BLOCKCHAIN",
                    "TECHNOLOGY_BROKERAGE", "MARKETING", "SOCIAL_SERVICE")) {
                assertTrue(text.contains(code.replace("_", name.endsWith(".md") ? "\\_" : "_")), name + " " + code);
            }
        }
        String en = Files.readString(dir.resolve("out/catalogue.en.md"));
        assertTrue(en.contains("provisional: 广东省人工智能助理工程师标准"), "provisional marks name their source");
        assertTrue(en.contains("| 五(二)2 | intermediate without a junior title |"), "green channels");
        assertTrue(en.contains("2021.10-p1 ✓"), "the version in force is marked");
        String zh = Files.readString(dir.resolve("out/catalogue.zh-CN.html"));
        assertTrue(zh.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), zh.substring(0, 60));
        assertTrue(zh.contains("<h2 id=\"ai\">AI 人工智能 (附件1)</h2>"), "each field has an anchor");
        assertTrue(zh.contains("暂定: "), "provisional in Chinese");
    }

    @Test
    void theSameCriteriaGiveTheSameBytes() throws IOException {
        catalogue(dir.resolve("a"));
        catalogue(dir.resolve("b"));
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void aFieldWithTwoVersionsShowsItsHistoryAndTextIsEscaped() throws IOException {
        PluginJars jars = new PluginJars(dir);
        Path main = NewAnnexCommandTest.EXAMPLE.resolve("src/main");
        String v1 = Files.readString(main.resolve("resources/zhicheng/annex/digital-twin.yaml"))
                .replace("name: {zh: \"数字孪生\", en: \"Digital twin\"}",
                        "name: {zh: \"数字孪生\", en: \"Digital <b>twin</b> & co\"}");
        jars.jar("annex-example.jar", "cn.zhicheng.annex.example.DigitalTwinAnnex\n", Map.of(
                        "zhicheng/annex/digital-twin.yaml", v1, "zhicheng/annex/digital-twin-2027.yaml",
                        Files.readString(main.resolve("resources/zhicheng/annex/digital-twin-2027.yaml"))),
                Map.of("cn.zhicheng.annex.example.DigitalTwinAnnex",
                        Files.readString(main.resolve("java/cn/zhicheng/annex/example/DigitalTwinAnnex.java"))));
        Run run = catalogue(dir.resolve("out"), "--plugins", jars.plugins().toString());
        assertEquals(0, run.exit(), run.err());
        String md = Files.readString(dir.resolve("out/catalogue.en.md"));
        assertTrue(md.contains("| 1.0-p1 ✓ | 附件14 数字孪生专业技术资格评价基本标准条件 | 2021-10-20 | 2026-12-31 |"), md);
        assertTrue(md.contains("| 2.0-p1 | 附件14 数字孪生专业技术资格评价基本标准条件 | 2027-01-01 | — |"), md);
        String html = Files.readString(dir.resolve("out/catalogue.en.html"));
        assertTrue(html.contains("Digital &lt;b&gt;twin&lt;/b&gt; &amp; co"), "escaped");
        assertFalse(html.contains("<b>twin"), "never obeyed");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run run = catalogue(file, "--lang", "en");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("is a file; the catalogue is written into a folder"), run.err());
    }
}
