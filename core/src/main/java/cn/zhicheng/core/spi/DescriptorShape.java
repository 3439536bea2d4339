package cn.zhicheng.core.spi;

import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.SourceLines;
import cn.zhicheng.core.policy.Domain;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
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
                problems.add(problem(source, lines, at + ".code", "领域代码“" + code + "”重复",
                        "duplicate field code '" + code + "'"));
            }
            levels(source, lines, at, f.path("levels"), problems);
            domain(source, lines, at, f, problems);
            if (Series.SOCIAL_SERVICE.name().equals(f.path("series").asText())
                    && f.path("occupations").size() == 0) {
                problems.add(problem(source, lines, at + ".occupations", "社会服务领域须列出其服务类别（一(二)）",
                        "the social-service field must list its occupations (一(二))"));
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
                problems.add(problem(source, lines, at + ".levels", "缺少层级 " + level + "（二 规定四个层级）",
                        "missing level " + level + " (二 sets four levels)"));
            }
        }
        if (levels.has(Level.TECHNICIAN.name())) {
            problems.add(problem(source, lines, at + ".levels.TECHNICIAN", "本方案不设员级（二）",
                    "this scheme sets no technician level (二)"));
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
            problems.add(problem(source, lines, at + ".domain", series + " 系列属于 " + expected + "（一、二）",
                    "series " + series + " belongs to domain " + expected + " (一, 二)"));
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
                            "条件编号“" + id + "”重复", "duplicate criterion id '" + id + "'"));
                }
            }
        }
    }

    private static InputProblem problem(String source, SourceLines lines, String path, String zh, String en) {
        return new InputProblem(source, path, lines.lineOf(path), new Text(zh, en));
    }
}
