package cn.zhicheng.app.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zhicheng.core.criteria.FieldCriteria;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyModuleTest {

    @Test
    void everyFieldIsBoundByItsCode() {
        Injector injector = Guice.createInjector(PolicyModule.load(Clock.systemUTC(),
                PolicyModuleTest.class.getClassLoader()));
        Map<String, FieldCriteria> fields = injector.getInstance(Key.get(new TypeLiteral<Map<String, FieldCriteria>>() { }));
        assertEquals(13, fields.size(), fields.keySet().toString());
        fields.forEach((code, f) -> assertEquals(code, f.field().code()));
    }
}
