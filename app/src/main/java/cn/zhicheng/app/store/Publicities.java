package cn.zhicheng.app.store;

import static cn.zhicheng.app.store.Applications.instant;
import static cn.zhicheng.app.store.Applications.utc;

import cn.zhicheng.core.calendar.Objection;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.Resolution;
import cn.zhicheng.core.calendar.WorkingDays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The publicity periods of applications (六(二), 六(五), 决定 D-5) and the objections lodged during them with their
 * resolutions (决定 D-6). Every method works in the caller's transaction, beside the act that moves the application.
 */
public final class Publicities {

    /** Stores a period as posted; a second posting of one kind for one application fails on the primary key. */
    public void post(Handle h, String applicationId, Publicity p) {
        h.createUpdate("INSERT INTO publicity (application_id, kind, posted_on, working_days, first_day, last_day)"
                        + " VALUES (:app, :kind, :posted, :days, :first, :last)")
                .bind("app", applicationId)
                .bind("kind", p.kind().name())
                .bind("posted", p.postedOn())
                .bind("days", p.workingDays())
                .bind("first", p.firstDay())
                .bind("last", p.lastDay())
                .execute();
    }

    /** {@link #post} of one period for many applications, as one batch of statements. */
    public void postAll(Handle h, List<String> applicationIds, Publicity p) {
        if (applicationIds.isEmpty()) {
            return;
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = h.prepareBatch("INSERT INTO publicity (application_id,"
                + " kind, posted_on, working_days, first_day, last_day) VALUES (:app, :kind, :posted, :days, :first,"
                + " :last)");
        for (String id : applicationIds) {
            batch.bind("app", id)
                    .bind("kind", p.kind().name())
                    .bind("posted", p.postedOn())
                    .bind("days", p.workingDays())
                    .bind("first", p.firstDay())
                    .bind("last", p.lastDay())
                    .add();
        }
        batch.execute();
    }

    /** The period of one kind posted for an application, counted again on the calendar it was posted under. */
    public Optional<Publicity> find(Handle h, String applicationId, Publicity.Kind kind, WorkingDays calendar) {
        return h.createQuery("SELECT posted_on, working_days FROM publicity WHERE application_id = :app"
                        + " AND kind = :kind")
                .bind("app", applicationId)
                .bind("kind", kind.name())
                .map((rs, ctx) -> Publicity.posted(calendar, kind, rs.getObject("posted_on", LocalDate.class),
                        rs.getInt("working_days")))
                .findOne();
    }

    public void lodge(Handle h, String applicationId, Publicity.Kind kind, Objection o) {
        h.createUpdate("INSERT INTO objection (id, application_id, kind, lodged_at, lodged_by, grounds)"
                        + " VALUES (:id, :app, :kind, :at, :by, :grounds)")
                .bind("id", o.id())
                .bind("app", applicationId)
                .bind("kind", kind.name())
                .bind("at", utc(o.lodgedAt()))
                .bind("by", o.lodgedBy())
                .bind("grounds", o.grounds())
                .execute();
    }

    /** Records a resolution once: false when the objection is unknown or already resolved. */
    public boolean resolve(Handle h, Resolution r) {
        return h.createUpdate("UPDATE objection SET ruling = :ruling, resolved_at = :at, resolved_by = :by,"
                        + " reasons = :reasons WHERE id = :id AND ruling IS NULL")
                .bind("ruling", r.ruling().name())
                .bind("at", utc(r.resolvedAt()))
                .bind("by", r.resolvedBy())
                .bind("reasons", r.reasons())
                .bind("id", r.objectionId())
                .execute() == 1;
    }

    /** The application that an objection was lodged against, and during which publicity. */
    public Optional<Lodged> objection(Handle h, String objectionId) {
        return h.createQuery("SELECT application_id, kind FROM objection WHERE id = :id")
                .bind("id", objectionId)
                .map((rs, ctx) -> new Lodged(rs.getString("application_id"),
                        Publicity.Kind.valueOf(rs.getString("kind"))))
                .findOne();
    }

    /** Where an objection stands: the application it concerns and the publicity it was lodged in. */
    public record Lodged(String applicationId, Publicity.Kind kind) {
    }

    /** The objections to an application's publicity of one kind, with their resolutions, in the order lodged. */
    public Objections objections(Handle h, String applicationId, Publicity.Kind kind) {
        List<Objection> lodged = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        h.createQuery("SELECT * FROM objection WHERE application_id = :app AND kind = :kind ORDER BY lodged_at, id")
                .bind("app", applicationId)
                .bind("kind", kind.name())
                .map((rs, ctx) -> {
                    lodged.add(new Objection(rs.getString("id"), instant(rs, "lodged_at"), rs.getString("lodged_by"),
                            rs.getString("grounds")));
                    resolution(rs).ifPresent(resolutions::add);
                    return 0;
                })
                .list();
        resolutions.sort(java.util.Comparator.comparing(Resolution::resolvedAt).thenComparing(Resolution::objectionId));
        return new Objections(lodged, resolutions);
    }

    private static Optional<Resolution> resolution(ResultSet rs) throws SQLException {
        String ruling = rs.getString("ruling");
        if (ruling == null) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(rs.getString("id"), Resolution.Ruling.valueOf(ruling),
                instant(rs, "resolved_at"), rs.getString("resolved_by"), rs.getString("reasons")));
    }
}
