package cn.zhicheng.app.cli;

import cn.zhicheng.core.input.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A new annex module, written from the templates in {@code zhicheng/new-annex/}: a pom on Zhicheng's parent, a
 * provider, its services file, a descriptor of the engineering series with provisional achievements that already
 * pass the static checks, cases for the conformance kit and the kit's test class. The same answers give the same
 * files, byte for byte; {@code examples/annex-example} is this template's output, built and tested by the build.
 *
 * @param values what the placeholders stand for
 */
record NewAnnexTemplate(Map<String, String> values) {

    private static final Pattern ID = Pattern.compile("annex-[a-z0-9][a-z0-9-]{0,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,40}");
    private static final Pattern ANNEX = Pattern.compile("附件\\d{1,2}");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern NAME = Pattern.compile("[^\"\\\\{}\\[\\]:#\\p{Cntrl}]{1,40}");
    static final String VERSION = "0.1.0-SNAPSHOT";

    /** The answers, checked: every mistake is refused together, each naming its option. */
    static NewAnnexTemplate of(String id, String code, String nameZh, String nameEn, String annex, String pkg,
                               String artifact, String parentPom) {
        List<Refusal> wrong = new ArrayList<>();
        check(wrong, ID, "--id", id, "annex-digital-twin");
        check(wrong, CODE, "--field", code, "DIGITAL_TWIN");
        check(wrong, NAME, "--name-zh", nameZh, "数字孪生");
        check(wrong, NAME, "--name-en", nameEn, "Digital twin");
        check(wrong, ANNEX, "--annex", annex, "附件14");
        check(wrong, PACKAGE, "--package", pkg, "cn.example.annex.twin");
        if (!wrong.isEmpty()) {
            throw new UserError(wrong, java.util.Optional.empty());
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("slug", id.substring("annex-".length()));
        v.put("code", code);
        v.put("nameZh", nameZh);
        v.put("nameEn", nameEn);
        v.put("annex", annex);
        v.put("package", pkg);
        v.put("class", className(code));
        v.put("artifact", artifact);
        v.put("parentPom", parentPom);
        v.put("version", VERSION);
        return new NewAnnexTemplate(v);
    }

    /** DIGITAL_TWIN → DigitalTwinAnnex. */
    static String className(String code) {
        StringBuilder b = new StringBuilder();
        for (String part : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.append("Annex").toString();
    }

    /** The files of the module, by path inside it, in the order they are written. */
    Map<Path, String> files() {
        String pkgPath = values.get("package").replace('.', '/');
        String cls = values.get("class");
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Path.of("pom.xml"), fill("pom.xml.tmpl"));
        files.put(Path.of("src/main/java", pkgPath, cls + ".java"), fill("Provider.java.tmpl"));
        files.put(Path.of("src/main/resources/META-INF/services/cn.zhicheng.core.spi.AnnexProvider"),
                fill("services.tmpl"));
        files.put(Path.of("src/main/resources/zhicheng/annex", values.get("slug") + ".yaml"),
                fill("descriptor.yaml.tmpl"));
        files.put(Path.of("src/test/java", pkgPath, cls + "ConformanceTest.java"), fill("ConformanceTest.java.tmpl"));
        files.put(Path.of("src/test/resources/cases", values.get("id") + ".yaml"), fill("cases.yaml.tmpl"));
        return files;
    }

    private String fill(String template) {
        String text = read(template);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    private static String read(String template) {
        String resource = "zhicheng/new-annex/" + template;
        try (InputStream in = NewAnnexTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the application is missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(List<Refusal> wrong, Pattern pattern, String option, String value, String example) {
        if (value == null || !pattern.matcher(value).matches()) {
            wrong.add(Refusal.of("cli.newAnnex.option", option, value == null ? "" : value, example));
        }
    }
}
