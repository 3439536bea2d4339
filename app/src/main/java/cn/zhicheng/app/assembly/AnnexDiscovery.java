package cn.zhicheng.app.assembly;

import cn.zhicheng.core.spi.AnnexProvider;
import cn.zhicheng.core.spi.AnnexSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds annex providers with {@link ServiceLoader} on a class loader, and logs each one found. */
public final class AnnexDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(AnnexDiscovery.class);

    private AnnexDiscovery() {
    }

    public static List<AnnexSource> discover(ClassLoader loader) {
        List<AnnexSource> sources = new ArrayList<>();
        for (AnnexProvider provider : ServiceLoader.load(AnnexProvider.class, loader)) {
            AnnexSource source = AnnexSource.of(provider);
            LOG.info("annex provider {} from {} ({} descriptor(s))", provider.getClass().getName(), source.origin(),
                    provider.descriptors().size());
            sources.add(source);
        }
        return List.copyOf(sources);
    }
}
