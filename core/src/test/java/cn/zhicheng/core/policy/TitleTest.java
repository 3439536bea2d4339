package cn.zhicheng.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleTest {

    @Test
    void everySeriesHasOneTitleAtEachOfTheFourLevels() {
        assertEquals(12, Title.values().length);
        for (Series s : Series.values()) {
            for (Level l : Level.awarded()) {
                assertTrue(Title.of(s, l).isPresent(), s + " " + l);
            }
            assertTrue(Title.of(s, Level.TECHNICIAN).isEmpty(), "二 sets no 员级");
        }
        assertEquals("正高级社会服务师", Title.of(Series.SOCIAL_SERVICE, Level.SENIOR).get().label().zh());
    }
}
