package cn.zhicheng.app.assembly;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.eligibility.Evaluator;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.spi.AnnexLoader;
import cn.zhicheng.core.spi.AnnexSource;
import cn.zhicheng.core.spi.Annexes;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import java.time.Clock;
import java.util.List;
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
    private final Annexes annexes;

    private PolicyModule(Clock clock, Annexes annexes) {
        this.clock = clock;
        this.annexes = annexes;
    }

    /** Finds and loads every annex on the class loader; throws {@code InputRejected} with every problem found. */
    public static PolicyModule load(Clock clock, ClassLoader loader) {
        List<AnnexSource> sources = AnnexDiscovery.discover(loader);
        Annexes annexes = new AnnexLoader(new StrictReader(BilingualValidator.create(clock))).load(sources);
        annexes.fields().forEach(f -> LOG.info("field {} {} from {} {} (sha256 {})", f.field().code(),
                f.field().name().zh(), f.ruleSet().annexId(), f.ruleSet().version(), f.ruleSet().sha256()));
        return new PolicyModule(clock, annexes);
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(Annexes.class).toInstance(annexes);
        bind(Evaluator.class).toInstance(new Evaluator());
        MapBinder<String, FieldCriteria> fields = MapBinder.newMapBinder(binder(), String.class, FieldCriteria.class);
        annexes.fields().forEach(f -> fields.addBinding(f.field().code()).toInstance(f));
    }

    @Provides
    @Singleton
    StrictReader strictReader(Clock clock) {
        return new StrictReader(BilingualValidator.create(clock));
    }
}
