package cn.zhicheng.core.spi;

import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** Test fixtures: the minimal annex, as text and loaded. */
public final class Fixtures {

    public static final AnnexLoader LOADER = new AnnexLoader(new StrictReader(
            BilingualValidator.create(Clock.systemUTC())));

    private Fixtures() {
    }

    public static String minimal() {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/minimal.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FieldCriteria field(String yaml) {
        List<FieldCriteria> fields = LOADER.parse("minimal.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return fields.get(0);
    }

    public static FieldCriteria minimalField() {
        return field(minimal());
    }

    /** A provider over in-memory descriptors, for loader tests. */
    public static AnnexProvider provider(String... resources) {
        return new AnnexProvider() {
            @Override
            public List<String> descriptors() {
                return List.of(resources);
            }
        };
    }
}
