package cn.zhicheng.core.calendar;

import static cn.zhicheng.core.calendar.Calendars.CALENDAR;
import static cn.zhicheng.core.calendar.Calendars.both;
import static cn.zhicheng.core.calendar.Calendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.calendar.Objections.Accepted;
import cn.zhicheng.core.calendar.Objections.Progress;
import cn.zhicheng.core.calendar.Objections.Refused;
import cn.zhicheng.core.calendar.Resolution.Ruling;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectionsTest {

    /** Posted 2025-09-28; ends at 24:00 Asia/Shanghai on 2025-10-10, i.e. 2025-10-10T16:00:00Z. */
    private static final Publicity PUBLICITY = Publicity.posted(CALENDAR, Publicity.Kind.RECOMMENDATION,
            date("2025-09-28"));

    private static Objection objection(String id, String at) {
        return new Objection(id, Instant.parse(at), "", "业绩材料与事实不符 / the works are not the applicant's");
    }

    private static Resolution resolution(String id, Ruling ruling) {
        return new Resolution(id, ruling, Instant.parse("2025-10-15T02:00:00Z"), "长春市人社局",
                "经核查 / checked with the employer");
    }

    private static Objections accepted(Objections.Act act) {
        return assertInstanceOf(Accepted.class, act, both(act.message())).objections();
    }

    @Test
    void anObjectionLodgedBeforeTheEndIsAcceptedAndBlocksProgress() {
        Objections objections = accepted(Objections.none().lodge(PUBLICITY,
                objection("obj-1", "2025-10-10T15:59:59Z")));
        assertTrue(objections.blocksProgress());
        assertEquals(Progress.BLOCKED, objections.progress());
        assertTrue(both(objections.explain()).contains("obj-1"));
    }

    @Test
    void aLateObjectionIsRefusedCitingD6() {
        Objections.Act act = Objections.none().lodge(PUBLICITY, objection("obj-1", "2025-10-10T16:00:00Z"));
        Refused refused = assertInstanceOf(Refused.class, act);
        String text = both(refused.message());
        assertTrue(text.contains("决定 D-6") && text.contains("2025-10-10") && text.contains("2025-10-11 00:00"),
                text);
    }

    @Test
    void aDismissedObjectionLetsTheApplicationProceed() {
        Objections objections = accepted(Objections.none().lodge(PUBLICITY, objection("obj-1",
                "2025-10-09T01:00:00Z")));
        objections = accepted(objections.resolve(resolution("obj-1", Ruling.DISMISSED)));
        assertFalse(objections.blocksProgress());
        assertEquals(Progress.PROCEEDS, objections.progress());
        assertEquals(Ruling.DISMISSED, objections.resolutionOf("obj-1").orElseThrow().ruling());
    }

    @Test
    void oneOpenObjectionStillBlocksWhenAnotherIsResolved() {
        Objections objections = accepted(Objections.none().lodge(PUBLICITY, objection("obj-1",
                "2025-09-29T01:00:00Z")));
        objections = accepted(objections.lodge(PUBLICITY, objection("obj-2", "2025-09-30T01:00:00Z")));
        objections = accepted(objections.resolve(resolution("obj-1", Ruling.DISMISSED)));
        assertTrue(objections.blocksProgress());
        assertEquals(List.of("obj-2"), objections.open().stream().map(Objection::id).toList());
    }

    @Test
    void anUpheldObjectionReturnsOrEndsTheApplication() {
        Objections objections = accepted(Objections.none().lodge(PUBLICITY, objection("obj-1",
                "2025-09-29T01:00:00Z")));
        objections = accepted(objections.resolve(resolution("obj-1", Ruling.UPHELD)));
        assertFalse(objections.blocksProgress());
        assertEquals(Progress.RETURNED_OR_ENDED, objections.progress());
        assertTrue(both(objections.explain()).contains("returns or ends"));
    }

    @Test
    void anObjectionIsResolvedOnceAndAResolutionNamesALodgedObjection() {
        Objections objections = accepted(Objections.none().lodge(PUBLICITY, objection("obj-1",
                "2025-09-29T01:00:00Z")));
        Objections resolved = accepted(objections.resolve(resolution("obj-1", Ruling.DISMISSED)));
        assertInstanceOf(Refused.class, resolved.resolve(resolution("obj-1", Ruling.UPHELD)));
        assertInstanceOf(Refused.class, objections.resolve(resolution("obj-9", Ruling.UPHELD)));
    }

    @Test
    void storedObjectionsAreCheckedWhenRebuilt() {
        Objection lodged = objection("obj-1", "2025-10-16T01:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new Objections(List.of(lodged),
                List.of(resolution("obj-1", Ruling.DISMISSED)))); // resolved before it was lodged
        assertThrows(IllegalArgumentException.class, () -> new Objections(List.of(lodged, lodged), List.of()));
    }
}
