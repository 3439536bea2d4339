package cn.zhicheng.core.spi;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.SourceLines;
import cn.zhicheng.core.policy.Domain;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The structural rules of an annex descriptor, checked on the document's tree so that they are reported together
 * with every typing problem the strict reader finds (an unknown key must not hide a missing level): each field
 * declares the four levels of 二 and no 员级, its domain matches its series (一, 二), the social-service field lists
 * its occupations (一(二)), and no field code or criterion id is declared twice.
 */
final class DescriptorShape {

    private static final ObjectMapper TREE = new YAMLMapper();

    private DescriptorShape() {
    }

    /** What the descriptor declares about its schema; a syntax error counts as no declaration problem at all. */
    static SchemaDeclaration schema(String source, byte[] content) {
        JsonNode root;
        try {
            root = TREE.readTree(content);
        } catch (java.io.IOException | RuntimeException e) {
            return new SchemaDeclaration.Readable(SchemaVersion.CURRENT); // the strict reader reports the syntax
        }
        return SchemaDeclaration.of(source, root, SourceLines.of(content));
    }

    static List<InputProblem> check(String source, byte[] content) {
        JsonNode root;
        try {
            root = TREE.readTree(content);
        } catch (java.io.IOException | RuntimeException e) {
            return List.of(); // a syntax error: the strict reader reports it with its line and column
        }
        List<InputProblem> problems = new ArrayList<>();
        if (root == null || !root.path("fields").isArray()) {
            return problems;
        }
        SourceLines lines = SourceLines.of(content);
        Set<String> codes = new HashSet<>();
        JsonNode fields = root.get("fields");
        for (int i = 0; i < fields.size(); i++) {
            JsonNode f = fields.get(i);
            String at = "fields[" + i + "]";
            String code = f.path("code").asText("");
            if (!code.isEmpty() && !codes.add(code)) {
                problems.add(problem(source, lines, at + ".code", Refusal.of("annex.fieldTwice", code)));
            }
            levels(source, lines, at, f.path("levels"), problems);
            domain(source, lines, at, f, problems);
            if (Series.SOCIAL_SERVICE.name().equals(f.path("series").asText())
                    && f.path("occupations").size() == 0) {
                problems.add(problem(source, lines, at + ".occupations", Refusal.of("annex.occupations")));
            }
            criterionIds(source, lines, at, f.path("levels"), problems);
        }
        return problems;
    }

    private static void levels(String source, SourceLines lines, String at, JsonNode levels,
                               List<InputProblem> problems) {
        if (!levels.isObject()) {
            return;
        }
        for (Level level : Level.awarded()) {
            if (!levels.has(level.name())) {
                problems.add(problem(source, lines, at + ".levels", Refusal.of("annex.levelMissing", level.name())));
            }
        }
        if (levels.has(Level.TECHNICIAN.name())) {
            problems.add(problem(source, lines, at + ".levels.TECHNICIAN", Refusal.of("annex.technician")));
        }
    }

    private static void domain(String source, SourceLines lines, String at, JsonNode f, List<InputProblem> problems) {
        String series = f.path("series").asText("");
        String domain = f.path("domain").asText("");
        if (series.isEmpty() || domain.isEmpty()) {
            return;
        }
        String expected = Series.ENGINEERING.name().equals(series) ? Domain.HIGH_TECH.name()
                : Domain.NEW_ECONOMY.name();
        if (!expected.equals(domain)) {
            problems.add(problem(source, lines, at + ".domain", Refusal.of("annex.domain", series, expected)));
        }
    }

    private static void criterionIds(String source, SourceLines lines, String at, JsonNode levels,
                                     List<InputProblem> problems) {
        Set<String> ids = new HashSet<>();
        for (Level level : Level.values()) {
            JsonNode items = levels.path(level.name()).path("achievements").path("anyOf");
            for (int j = 0; j < items.size(); j++) {
                String id = items.get(j).path("id").asText("");
                if (!id.isEmpty() && !ids.add(id)) {
                    problems.add(problem(source, lines, at + ".levels." + level + ".achievements.anyOf[" + j + "].id",
                            Refusal.of("annex.criterionTwice", id)));
                }
            }
        }
    }

    private static InputProblem problem(String source, SourceLines lines, String path, Refusal reason) {
        return new InputProblem(source, path, lines.lineOf(path), 0, reason);
    }
}
