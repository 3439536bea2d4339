package cn.zhicheng.app.service;

import cn.zhicheng.app.store.Applications;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.Rounds;
import cn.zhicheng.app.store.StoredApplication;
import cn.zhicheng.core.calendar.HolidayData;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import cn.zhicheng.core.review.stage.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A store with a provincial round and the review's services over it, on a clock the test moves (times are given in
 * Asia/Shanghai, as the people acting read them), and what the store holds, counted, to show that a refusal changed
 * nothing but the audit.
 */
final class ReviewDesk {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Round ROUND = new Round("2026-prov", 2026, java.util.Set.of("AI"), java.util.Set.of(Level.INTERMEDIATE),
            new RunningBody.ProvincialOffice(), java.time.LocalDate.of(2026, 6, 30),
            java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 12, 31));
    static final WorkingDays CALENDAR = HolidayData.load(new StrictReader(BilingualValidator.create(
            Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC))));

    final Database db;
    final MovingClock clock = new MovingClock();
    final RecommendApplication recommend;
    final PubliciseRecommendation publicise;
    final LodgeObjection object;
    final ResolveObjection resolve;
    final AggregateBatch aggregate;
    final PubliciseResult publiciseResult;

    ReviewDesk(Database db) {
        this.db = db;
        db.jdbi().useTransaction(h -> new Rounds().save(h, ROUND));
        recommend = new RecommendApplication(db, clock);
        publicise = new PubliciseRecommendation(db, clock, CALENDAR);
        object = new LodgeObjection(db, clock, CALENDAR);
        resolve = new ResolveObjection(db, clock, CALENDAR);
        aggregate = new AggregateBatch(db, clock, CALENDAR);
        publiciseResult = new PubliciseResult(db, clock, CALENDAR);
    }

    /** Sets the clock to a date and time in Asia/Shanghai, e.g. "2026-09-29T10:00". */
    ReviewDesk at(String shanghai) {
        clock.now = LocalDateTime.parse(shanghai).atZone(SHANGHAI).toInstant();
        return this;
    }

    /** Stores an application at a stage, as the acts before it would have left it. */
    void application(String id, Stage stage) {
        db.jdbi().useTransaction(h -> new Applications().insert(h, id, ROUND.id(), "AI", Level.INTERMEDIATE, "{}",
                "0".repeat(64), stage, Instant.parse("2026-07-10T02:00:00Z"), "zhang", Optional.empty()));
    }

    StoredApplication stored(String id) {
        return db.jdbi().withHandle(h -> new Applications().find(h, id)).orElseThrow();
    }

    Stage stage(String id) {
        return stored(id).stage();
    }

    /** How many rows each table holds, and each application's stage and version. */
    Map<String, Object> snapshot() {
        return db.jdbi().withHandle(h -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (String table : new String[] {"application", "recommendation", "publicity", "publicity_replaced",
                "objection", "aggregation_batch", "aggregation_member", "audit_entry"}) {
                counts.put(table, h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            }
            counts.put("resolved", h.createQuery("SELECT COUNT(*) FROM objection WHERE ruling IS NOT NULL")
                    .mapTo(Long.class).one());
            counts.put("stages", h.createQuery("SELECT id, stage, version FROM application ORDER BY id")
                    .map((rs, ctx) -> rs.getString(1) + "@" + rs.getString(2) + "#" + rs.getLong(3)).list());
            return counts;
        });
    }

    long auditEntries() {
        return (Long) snapshot().get("audit_entry");
    }

    /** A clock the test sets. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-09-28T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
