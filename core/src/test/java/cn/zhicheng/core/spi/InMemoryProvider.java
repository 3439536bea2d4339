package cn.zhicheng.core.spi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An annex provider whose descriptors are texts held in memory, for loader and rule-book tests. */
public final class InMemoryProvider implements AnnexProvider {

    private final Map<String, String> descriptors;

    private InMemoryProvider(Map<String, String> descriptors) {
        this.descriptors = descriptors;
    }

    /** Name, text, name, text, ... */
    public static InMemoryProvider of(String... nameAndText) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            map.put(nameAndText[i], nameAndText[i + 1]);
        }
        return new InMemoryProvider(map);
    }

    @Override
    public List<String> descriptors() {
        return List.copyOf(descriptors.keySet());
    }

    @Override
    public ClassLoader resourceLoader() {
        return new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                String text = descriptors.get(name);
                return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
