package cn.zhicheng.core.spi;

import cn.zhicheng.core.channel.DirectIntermediate;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.criteria.LevelCriteria;
import cn.zhicheng.core.criteria.RuleSet;
import cn.zhicheng.core.decision.CriteriaDigest;
import cn.zhicheng.core.input.ClassPathResources;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Field;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.ruleset.VersionWindows;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads annexes strictly. Every problem in every descriptor — unknown keys, wrong types, a criterion without a
 * clause, a missing level, a duplicate field code, a constraint violation, versions of one annex whose windows
 * overlap or leave a gap — is collected, and start-up stops with all of them together, each naming the jar, the file
 * and the YAML path. Zero annexes is an error too.
 */
public final class AnnexLoader {

    private final StrictReader reader;
    private final DescriptorMemory memory;
    private final Map<Series, Baseline> baselines = new EnumMap<>(Series.class);

    private record Baseline(SeriesBaseline value, byte[] bytes) {
    }

    public AnnexLoader(StrictReader reader) {
        this(reader, DescriptorMemory.NONE);
    }

    /**
     * A loader that recalls descriptors it has validated before from {@code memory}, by their exact bytes, and
     * remembers those it validates cleanly now. Every rule across descriptors (a field claimed twice, version windows)
     * and every derivation is still applied on each load.
     */
    public AnnexLoader(StrictReader reader, DescriptorMemory memory) {
        this.reader = reader;
        this.memory = memory;
        for (Series series : Series.values()) {
            String resource = SeriesBaseline.resource(series);
            byte[] bytes = read(AnnexLoader.class.getClassLoader(), resource)
                    .orElseThrow(() -> new IllegalStateException("core is missing " + resource));
            SeriesBaseline baseline = memory.recall(SeriesBaseline.class, bytes).orElseGet(() -> {
                SeriesBaseline read = reader.read("core!/" + resource, bytes, StrictReader.Syntax.YAML,
                        SeriesBaseline.class);
                memory.remember(SeriesBaseline.class, bytes, read);
                return read;
            });
            if (baseline.series() != series || !baseline.levels().keySet().containsAll(Level.awarded())) {
                throw new IllegalStateException(resource + " must declare " + series + " at every level");
            }
            baselines.put(series, new Baseline(baseline, bytes));
        }
    }

    /**
     * Loads every descriptor of every provider; throws {@link InputRejected} listing every problem found. Several
     * dated versions of one annex may be loaded (the rule book picks by date); their windows may neither overlap nor
     * leave a gap, and a field code belongs to one annex only.
     */
    public Annexes load(List<AnnexSource> sources) {
        List<InputProblem> problems = new ArrayList<>();
        List<FieldCriteria> fields = new ArrayList<>();
        List<VersionWindows.Version> versions = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(new InputProblem("annexes", "", 0, 0, Refusal.of("annex.none")));
        }
        Map<String, String> fieldAnnex = new HashMap<>();
        Map<String, String> fieldOrigins = new HashMap<>();
        for (AnnexSource source : sources) {
            List<String> descriptors = source.provider().descriptors();
            if (descriptors.isEmpty()) {
                problems.add(new InputProblem(source.origin(), "", 0, 0,
                        Refusal.of("annex.nothingProvided", source.provider().getClass().getName())));
            }
            for (String resource : descriptors) {
                String name = source.origin() + "!/" + resource;
                Optional<byte[]> bytes = read(source.provider().resourceLoader(), resource);
                if (bytes.isEmpty()) {
                    problems.add(new InputProblem(name, "", 0, 0, Refusal.of("annex.descriptorMissing")));
                    continue;
                }
                try {
                    List<FieldCriteria> loaded = parse(name, bytes.get());
                    if (!loaded.isEmpty()) {
                        versions.add(new VersionWindows.Version(loaded.get(0).ruleSet(), name));
                    }
                    for (FieldCriteria f : loaded) {
                        String code = f.field().code();
                        String annexId = f.ruleSet().annexId();
                        String previous = fieldAnnex.putIfAbsent(code, annexId);
                        if (previous != null && !previous.equals(annexId)) {
                            problems.add(new InputProblem(name, "fields.code", 0, 0,
                                    Refusal.of("annex.fieldClaimed", code, previous, fieldOrigins.get(code))));
                        }
                        fieldOrigins.putIfAbsent(code, name);
                    }
                    fields.addAll(loaded);
                } catch (InputRejected e) {
                    problems.addAll(e.problems());
                }
            }
        }
        problems.addAll(VersionWindows.check(versions));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        fields.sort(Comparator.comparingInt((FieldCriteria f) -> annexNumber(f.field().annex()))
                .thenComparing(f -> f.ruleSet().effectiveFrom()));
        Map<String, String> origins = new HashMap<>();
        versions.forEach(v -> origins.put(v.ruleSet().annexId() + " " + v.ruleSet().version(), v.origin()));
        return new Annexes(fields, origins);
    }

    /**
     * Reads and resolves one descriptor (also used to validate a file given by path). Every problem of the file is
     * listed together: what the strict reader finds (syntax, unknown keys, types, constraints) and the structural
     * rules of {@link DescriptorShape} (levels, domain, duplicates), so one mistake never hides another.
     */
    public List<FieldCriteria> parse(String source, byte[] content) {
        AnnexDescriptor descriptor = memory.recall(AnnexDescriptor.class, content).orElseGet(() -> {
            AnnexDescriptor read = validated(source, content);
            memory.remember(AnnexDescriptor.class, content, read);
            return read;
        });
        List<FieldCriteria> out = new ArrayList<>();
        for (FieldDeclaration f : descriptor.fields()) {
            Baseline baseline = baselines.get(f.series());
            out.add(resolve(f, baseline.value(), ruleSet(descriptor.annex(), content, baseline.bytes())));
        }
        return List.copyOf(out);
    }

    /** The descriptor read and checked in every way; throws {@link InputRejected} with every problem. */
    private AnnexDescriptor validated(String source, byte[] content) {
        SchemaDeclaration schema = DescriptorShape.schema(source, content);
        if (schema instanceof SchemaDeclaration.Unreadable unreadable) {
            // written for another schema: its keys mean what that schema says, so nothing else here can be judged
            throw new InputRejected(List.of(unreadable.problem()));
        }
        List<InputProblem> problems = new ArrayList<>(DescriptorShape.check(source, content));
        if (schema instanceof SchemaDeclaration.Flawed flawed) {
            problems.add(flawed.problem());
        }
        AnnexDescriptor descriptor = null;
        try {
            descriptor = reader.read(source, content, StrictReader.Syntax.YAML, AnnexDescriptor.class);
        } catch (InputRejected e) {
            for (InputProblem p : e.problems()) {
                if (problems.stream().noneMatch(q -> q.path().equals(p.path()))) {
                    problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(InputProblem::line));
            throw new InputRejected(problems);
        }
        return descriptor;
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
        Map<Level, String> digests = new EnumMap<>(Level.class);
        levels.forEach((level, criteria) -> digests.put(level, CriteriaDigest.of(field, criteria)));
        return new FieldCriteria(field, levels, ruleSet.withCriteriaDigests(digests), direct);
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
