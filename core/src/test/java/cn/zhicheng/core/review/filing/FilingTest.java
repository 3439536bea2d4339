package cn.zhicheng.core.review.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.Objection;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.Resolution;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.certificate.IssuingBody;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Actor;
import cn.zhicheng.core.review.stage.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 六(六) 备案: who files, who acknowledges, what may be filed, and who issues the certificate. */
class FilingTest {

    static final Round ASSOCIATION_ROUND = new Round("r-a", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.DelegatedAssociation("assoc-ai", "del-1"), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    static final Round PROVINCIAL_ROUND = new Round("r-p", 2026, Set.of("AI"), Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 7, 31));
    static final Actor ASSOCIATION = Actor.forAssociation("a1", Role.ASSOCIATION, "assoc-ai");
    static final Actor OFFICE = Actor.of("p1", Role.PROVINCIAL_OFFICE);
    static final Text NAME = new Text("吉林省人工智能产业协会", "Jilin AI Industry Association");
    static final Instant AT = Instant.parse("2026-09-08T02:00:00Z");

    @Test
    void theAssociationFilesOnceAndTheOfficeAcknowledgesOnce() {
        Filing filed = assertInstanceOf(Filing.Accepted.class, Filing.file(ASSOCIATION_ROUND, ASSOCIATION, NAME,
                List.of("b-2", "b-1"), Optional.empty(), AT)).filing();
        assertEquals(List.of("b-1", "b-2"), filed.applications(), "listed in a stable order");
        assertEquals("filing.filedAlready", refused(Filing.file(ASSOCIATION_ROUND, ASSOCIATION, NAME,
                List.of("b-1"), Optional.of(filed), AT)));
        assertEquals("filing.acknowledgeRole", refused(Filing.acknowledge(ASSOCIATION_ROUND, Optional.of(filed),
                ASSOCIATION, "吉人社备〔2026〕21号", AT)));
        Filing acknowledged = assertInstanceOf(Filing.Accepted.class, Filing.acknowledge(ASSOCIATION_ROUND,
                Optional.of(filed), OFFICE, "吉人社备〔2026〕21号", AT)).filing();
        assertEquals("filing.acknowledgedAlready", refused(Filing.acknowledge(ASSOCIATION_ROUND,
                Optional.of(acknowledged), OFFICE, "吉人社备〔2026〕22号", AT)));

        Filing.Issuer.Found found = assertInstanceOf(Filing.Issuer.Found.class,
                Filing.issuer(ASSOCIATION_ROUND, Optional.of(acknowledged), "b-1"));
        IssuingBody.Association body = assertInstanceOf(IssuingBody.Association.class, found.body());
        assertEquals("del-1", body.delegation());
        assertEquals("吉人社备〔2026〕21号", body.filing());
        assertEquals("assoc-ai", found.keyBody());
        assertEquals("filing.notListed", ((Filing.Issuer.NotYet) Filing.issuer(ASSOCIATION_ROUND,
                Optional.of(acknowledged), "b-9")).refused().reason().key());
        assertEquals("filing.notAcknowledged", ((Filing.Issuer.NotYet) Filing.issuer(ASSOCIATION_ROUND,
                Optional.of(filed), "b-1")).refused().reason().key());
    }

    @Test
    void onlyTheRoundsAssociationFilesAndAProvincialRoundFilesNothing() {
        assertEquals("filing.notTheAssociation", refused(Filing.file(ASSOCIATION_ROUND,
                Actor.forAssociation("x", Role.ASSOCIATION, "assoc-iot"), NAME, List.of("b-1"), Optional.empty(),
                AT)));
        assertEquals("filing.notTheAssociation", refused(Filing.file(ASSOCIATION_ROUND, OFFICE, NAME,
                List.of("b-1"), Optional.empty(), AT)));
        assertEquals("filing.nothingToFile", refused(Filing.file(ASSOCIATION_ROUND, ASSOCIATION, NAME, List.of(),
                Optional.empty(), AT)));
        assertEquals("filing.provincialRound", refused(Filing.file(PROVINCIAL_ROUND, ASSOCIATION, NAME,
                List.of("a-1"), Optional.empty(), AT)));
        assertEquals("filing.provincialRound", refused(Filing.acknowledge(PROVINCIAL_ROUND, Optional.empty(), OFFICE,
                "r", AT)));
        assertInstanceOf(IssuingBody.ProvincialOffice.class, ((Filing.Issuer.Found) Filing.issuer(PROVINCIAL_ROUND,
                Optional.empty(), "a-1")).body());
    }

    @Test
    void aResultIsFileableOnceItsPublicityEndedWithoutAnOpenOrUpheldObjection() {
        WorkingDays calendar = HolidayData.load(new StrictReader(BilingualValidator.create(
                Clock.fixed(AT, ZoneOffset.UTC))));
        Publicity p = Publicity.posted(calendar, Publicity.Kind.RESULT, LocalDate.of(2026, 9, 1));
        LocalDate after = LocalDate.of(2026, 9, 8);
        assertFalse(Filing.fileable(p, Objections.none(), LocalDate.of(2026, 9, 7)), "the last day is still in it");
        assertTrue(Filing.fileable(p, Objections.none(), after));
        Objection o = new Objection("o-1", Instant.parse("2026-09-02T02:00:00Z"), "", "材料存疑");
        Objections open = new Objections(List.of(o), List.of());
        assertFalse(Filing.fileable(p, open, after));
        Objections upheld = new Objections(List.of(o), List.of(new Resolution("o-1", Resolution.Ruling.UPHELD,
                Instant.parse("2026-09-08T01:00:00Z"), "p1", "属实")));
        assertFalse(Filing.fileable(p, upheld, after));
    }

    private static String refused(Filing.Decision d) {
        return assertInstanceOf(Filing.Refused.class, d).reason().key();
    }
}
