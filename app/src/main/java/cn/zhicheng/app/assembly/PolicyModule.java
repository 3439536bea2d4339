package cn.zhicheng.app.assembly;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.AnnexSource;
import cn.zhicheng.core.spi.Annexes;
import cn.zhicheng.core.spi.DescriptorMemory;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the policy engine: the clock (Asia/Shanghai, 决定 D-14), strict input reading, the annexes found by
 * {@link AnnexDiscovery} — loaded and validated at start-up, so a broken annex stops it — and each field bound by its
 * code in a {@link MapBinder}, which also refuses a duplicate code when the injector is created.
 */
public final class PolicyModule extends AbstractModule {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyModule.class);

    private final Clock clock;
    private final StrictReader reader;
    private final Annexes annexes;

    private PolicyModule(Clock clock, StrictReader reader, Annexes annexes) {
        this.clock = clock;
        this.reader = reader;
        this.annexes = annexes;
    }

    /** Finds and loads every annex on the class loader; throws {@code InputRejected} with every problem found. */
    public static PolicyModule load(Clock clock, ClassLoader loader) {
        return load(clock, AnnexDiscovery.discover(loader), Set.of());
    }

    /**
     * Finds and loads every annex on the class path and in the plugins folder, then keeps the {@code active} ones
     * (all when empty): discovery finds what is installed, configuration says what is in use (a deployment, or an
     * association, may run only some fields). Throws {@code InputRejected} naming every broken jar or annex.
     */
    public static PolicyModule load(Clock clock, ClassLoader loader, PluginFolder plugins, Set<String> active) {
        return load(clock, loader, plugins, active, DescriptorMemory.NONE);
    }

    /**
     * As {@link #load(Clock, ClassLoader, PluginFolder, Set)}, recalling descriptors validated before from
     * {@code memory} (an {@link AnnexCache}) instead of reading and validating their YAML again. Discovery, the plugin
     * jars' checks and every rule across annexes run as without it.
     */
    public static PolicyModule load(Clock clock, ClassLoader loader, PluginFolder plugins, Set<String> active,
                                    DescriptorMemory memory) {
        return load(clock, AnnexDiscovery.discover(loader, plugins), active, memory);
    }

    private static PolicyModule load(Clock clock, List<AnnexSource> sources, Set<String> active) {
        return load(clock, sources, active, DescriptorMemory.NONE);
    }

    private static PolicyModule load(Clock clock, List<AnnexSource> sources, Set<String> active,
                                     DescriptorMemory memory) {
        StartupTrace.mark("annexes discovered: " + sources.size() + " providers");
        StrictReader reader = new StrictReader(BilingualValidator.create(clock));
        StartupTrace.mark("validator built");
        AnnexLoader loader = new AnnexLoader(reader, memory);
        StartupTrace.mark("series baselines read");
        Annexes all = loader.load(sources);
        StartupTrace.mark("annexes loaded and validated");
        Annexes annexes = ActiveAnnexes.select(all, active);
        LOG.info("active annexes: {}", annexes.ruleSets().stream().map(r -> r.annexId() + " " + r.version()).toList());
        annexes.fields().forEach(f -> LOG.info("field {} {} from {} {} (sha256 {})", f.field().code(),
                f.field().name().zh(), f.ruleSet().annexId(), f.ruleSet().version(), f.ruleSet().sha256()));
        return new PolicyModule(clock, reader, annexes);
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(StrictReader.class).toInstance(reader);
        bind(Annexes.class).toInstance(annexes);
        bind(Evaluator.class).toInstance(new Evaluator());
        MapBinder<String, FieldCriteria> fields = MapBinder.newMapBinder(binder(), String.class, FieldCriteria.class);
        annexes.fields().forEach(f -> fields.addBinding(f.field().code()).toInstance(f));
    }
}
