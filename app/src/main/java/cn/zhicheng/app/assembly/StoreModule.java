package cn.zhicheng.app.assembly;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.committee.JdkGenerators;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.review.committee.Generators;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * Assembles the review beside the policy engine (a child of {@link PolicyModule}'s injector, which gives the clock
 * and the reader): the open store, China's working-day calendar (决定 D-5, read once from the shipped holiday data),
 * and the generator the committee draws are seeded from (七(三)). Services of the review take these by injection,
 * so the command line now and the HTTP server next assemble them the same way.
 */
public final class StoreModule extends AbstractModule {

    private final Database database;

    public StoreModule(Database database) {
        this.database = requireNonNull(database, "database is null");
    }

    @Override
    protected void configure() {
        bind(Database.class).toInstance(database);
        bind(Generators.class).toInstance(JdkGenerators.INSTANCE);
    }

    @Provides
    @Singleton
    WorkingDays calendar(StrictReader reader) {
        return HolidayData.load(reader);
    }
}
