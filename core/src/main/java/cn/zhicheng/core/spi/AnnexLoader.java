package cn.zhicheng.core.spi;

import cn.zhicheng.core.channel.DirectIntermediate;
import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.input.ClassPathResources;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Domain;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads annexes strictly. Every problem in every descriptor — unknown keys, wrong types, a criterion without a
 * clause, a missing level, a duplicate field code, a constraint violation — is collected, and start-up stops with
 * all of them together, each naming the jar, the file and the YAML path. Zero annexes is an error too.
 */
public final class AnnexLoader {

    private final StrictReader reader;
    private final Map<Series, Baseline> baselines = new EnumMap<>(Series.class);

    private record Baseline(SeriesBaseline value, byte[] bytes) {
    }

    public AnnexLoader(StrictReader reader) {
        this.reader = reader;
        for (Series series : Series.values()) {
            String resource = SeriesBaseline.resource(series);
            byte[] bytes = read(AnnexLoader.class.getClassLoader(), resource)
                    .orElseThrow(() -> new IllegalStateException("core is missing " + resource));
            SeriesBaseline baseline = reader.read("core!/" + resource, bytes, StrictReader.Syntax.YAML,
                    SeriesBaseline.class);
            if (baseline.series() != series || !baseline.levels().keySet().containsAll(Level.awarded())) {
                throw new IllegalStateException(resource + " must declare " + series + " at every level");
            }
            baselines.put(series, new Baseline(baseline, bytes));
        }
    }

    /** Loads every descriptor of every provider; throws {@link InputRejected} listing every problem found. */
    public Annexes load(List<AnnexSource> sources) {
        List<InputProblem> problems = new ArrayList<>();
        List<FieldCriteria> fields = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(new InputProblem("annexes", "", 0, new Text(
                    "未找到任何附件模块（AnnexProvider）：至少需要一个",
                    "no annex module (AnnexProvider) was found: at least one is required")));
        }
        Map<String, String> fieldOrigins = new HashMap<>();
        Map<String, String> annexOrigins = new HashMap<>();
        for (AnnexSource source : sources) {
            List<String> descriptors = source.provider().descriptors();
            if (descriptors.isEmpty()) {
                problems.add(new InputProblem(source.origin(), "", 0, new Text(
                        "附件模块 " + source.provider().getClass().getName() + " 未提供任何描述文件",
                        "annex provider " + source.provider().getClass().getName() + " provides no descriptor")));
            }
            for (String resource : descriptors) {
                String name = source.origin() + "!/" + resource;
                Optional<byte[]> bytes = read(source.provider().resourceLoader(), resource);
                if (bytes.isEmpty()) {
                    problems.add(new InputProblem(name, "", 0, new Text("找不到描述文件", "descriptor not found")));
                    continue;
                }
                try {
                    List<FieldCriteria> loaded = parse(name, bytes.get());
                    for (FieldCriteria f : loaded) {
                        String annexId = f.ruleSet().annexId();
                        String previousAnnex = annexOrigins.putIfAbsent(annexId, name);
                        if (previousAnnex != null && !previousAnnex.equals(name)) {
                            problems.add(new InputProblem(name, "annex.id", 0, new Text(
                                    "附件编号“" + annexId + "”重复，已由 " + previousAnnex + " 声明",
                                    "duplicate annex id '" + annexId + "', already declared by " + previousAnnex)));
                        }
                        String previous = fieldOrigins.putIfAbsent(f.field().code(), name);
                        if (previous != null) {
                            problems.add(new InputProblem(name, "fields.code", 0, new Text(
                                    "领域代码“" + f.field().code() + "”重复，已由 " + previous + " 声明",
                                    "duplicate field code '" + f.field().code() + "', already declared by "
                                            + previous)));
                        }
                    }
                    fields.addAll(loaded);
                } catch (InputRejected e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        fields.sort(Comparator.comparingInt(f -> annexNumber(f.field().annex())));
        return new Annexes(fields);
    }

    /** Reads and resolves one descriptor (also used to validate a file given by path). */
    public List<FieldCriteria> parse(String source, byte[] content) {
        AnnexDescriptor descriptor = reader.read(source, content, StrictReader.Syntax.YAML, AnnexDescriptor.class);
        List<InputProblem> problems = new ArrayList<>();
        List<FieldCriteria> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < descriptor.fields().size(); i++) {
            FieldDeclaration f = descriptor.fields().get(i);
            String at = "fields[" + i + "]";
            if (!codes.add(f.code())) {
                problems.add(new InputProblem(source, at + ".code", 0, new Text(
                        "领域代码“" + f.code() + "”重复", "duplicate field code '" + f.code() + "'")));
            }
            problems.addAll(check(source, at, f));
            Baseline baseline = baselines.get(f.series());
            RuleSet ruleSet = ruleSet(descriptor.annex(), content, baseline.bytes());
            if (problems.isEmpty()) {
                out.add(resolve(f, baseline.value(), ruleSet));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return List.copyOf(out);
    }

    private static List<InputProblem> check(String source, String at, FieldDeclaration f) {
        List<InputProblem> problems = new ArrayList<>();
        for (Level level : Level.awarded()) {
            if (!f.levels().containsKey(level)) {
                problems.add(new InputProblem(source, at + ".levels", 0, new Text(
                        "缺少层级 " + level + "（二 规定四个层级）",
                        "missing level " + level + " (二 sets four levels)")));
            }
        }
        if (f.levels().containsKey(Level.TECHNICIAN)) {
            problems.add(new InputProblem(source, at + ".levels.TECHNICIAN", 0, new Text(
                    "本方案不设员级（二）", "this scheme sets no technician level (二)")));
        }
        Domain expected = f.series() == Series.ENGINEERING ? Domain.HIGH_TECH : Domain.NEW_ECONOMY;
        if (f.domain() != expected) {
            problems.add(new InputProblem(source, at + ".domain", 0, new Text(
                    f.series() + " 系列属于 " + expected + "（一、二）",
                    "series " + f.series() + " belongs to domain " + expected + " (一, 二)")));
        }
        if (f.series() == Series.SOCIAL_SERVICE && f.occupations().isEmpty()) {
            problems.add(new InputProblem(source, at + ".occupations", 0, new Text(
                    "社会服务领域须列出其服务类别（一(二)）",
                    "the social-service field must list its occupations (一(二))")));
        }
        Set<String> ids = new HashSet<>();
        f.levels().forEach((level, declaration) -> {
            if (declaration.achievements() != null) {
                List<Achievement> items = declaration.achievements().anyOf();
                for (int j = 0; j < items.size(); j++) {
                    if (!ids.add(items.get(j).id())) {
                        problems.add(new InputProblem(source, at + ".levels." + level + ".achievements.anyOf[" + j
                                + "].id", 0, new Text("条件编号“" + items.get(j).id() + "”重复",
                                "duplicate criterion id '" + items.get(j).id() + "'")));
                    }
                }
            }
        });
        return problems;
    }

    private static FieldCriteria resolve(FieldDeclaration f, SeriesBaseline baseline, RuleSet ruleSet) {
        Field field = new Field(f.code(), f.name(), f.series(), f.domain(), new Clause(f.annex()), f.occupations());
        boolean direct = f.directIntermediate() == null || f.directIntermediate();
        Map<Level, List<EducationPath>> paths = new EnumMap<>(Level.class);
        for (Level level : Level.awarded()) {
            paths.put(level, tightened(baseline.levels().get(level), f.tighten(), f.levels().get(level).tighten()));
        }
        Map<Level, LevelCriteria> levels = new EnumMap<>(Level.class);
        for (Level level : Level.awarded()) {
            LevelDeclaration declaration = f.levels().get(level);
            List<EducationPath> directPaths = level == Level.INTERMEDIATE && direct
                    ? DirectIntermediate.derive(paths.get(Level.JUNIOR), paths.get(Level.INTERMEDIATE))
                    : List.of();
            levels.put(level, new LevelCriteria(level, field.title(level), paths.get(level), directPaths,
                    Optional.ofNullable(declaration.achievements()),
                    f.score() != null ? f.score() : baseline.score()));
        }
        return new FieldCriteria(field, levels, ruleSet, direct);
    }

    /** Applies field-wide, then level tightening: extra years add up, the higher minimum degree wins. */
    private static List<EducationPath> tightened(List<EducationPath> base, Tightening field, Tightening level) {
        List<EducationPath> out = base;
        for (Tightening t : Stream.of(field, level).filter(java.util.Objects::nonNull).toList()) {
            out = out.stream()
                    .filter(p -> t.minimumEducation() == null || p.education().atLeast(t.minimumEducation()))
                    .map(p -> p.tightenedBy(t.extraYears(), t.clause()))
                    .toList();
        }
        return out;
    }

    private static RuleSet ruleSet(AnnexHeader header, byte[] descriptor, byte[] baseline) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(descriptor);
            sha.update(baseline);
            return new RuleSet(header.id(), header.version(), header.document(), header.effectiveFrom(),
                    Optional.ofNullable(header.effectiveTo()), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static int annexNumber(Clause annex) {
        return Integer.parseInt(annex.ref().replaceAll("\\D", ""));
    }

    private static Optional<byte[]> read(ClassLoader loader, String resource) {
        return ClassPathResources.read(loader, resource);
    }
}
