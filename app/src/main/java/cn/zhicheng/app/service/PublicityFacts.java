package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.app.store.Publicities;
import cn.zhicheng.core.calendar.Objection;
import cn.zhicheng.core.calendar.Objections;
import cn.zhicheng.core.calendar.Publicity;
import cn.zhicheng.core.calendar.Resolution;
import cn.zhicheng.core.calendar.WorkingDays;
import cn.zhicheng.core.review.stage.Facts;
import cn.zhicheng.core.review.stage.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The facts a publicity gives the guards of 六, read from the store in the act's transaction: whether the period
 * of at least 5 working days has ended (六(二), 六(五), 决定 D-5) and whether an objection lodged during it is still
 * open (决定 D-6). The recommendation's publicity (aggregation, objections) and the result's (certificate,
 * objections) are asked the same way.
 */
public final class PublicityFacts {

    private final WorkingDays calendar;
    private final Publicities publicities = new Publicities();

    public PublicityFacts(WorkingDays calendar) {
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    /** The publicity an application at {@code stage} stands in, if it stands in one. */
    public static Optional<Publicity.Kind> during(Stage stage) {
        return switch (stage) {
            case RECOMMENDATION_PUBLICITY -> Optional.of(Publicity.Kind.RECOMMENDATION);
            case RESULT_PUBLICITY -> Optional.of(Publicity.Kind.RESULT);
            default -> Optional.empty();
        };
    }

    /**
     * A period as stored and the objections lodged during it. Objections lodged before its posting day belong to an
     * earlier period of the same kind (the application was returned and publicised again) and are not its own.
     */
    public record Standing(Optional<Publicity> publicity, Objections objections) {

        public Standing {
            requireNonNull(publicity, "publicity is null");
            requireNonNull(objections, "objections is null");
        }

        /** Whether the period is over on {@code day} (the day after its last day, 决定 D-5); false when none is posted. */
        public boolean endedOn(LocalDate day) {
            return publicity.map(p -> p.hasEnded(day)).orElse(false);
        }

        /** Whether the objection of this id was lodged during this period and is not yet resolved. */
        public boolean isOpen(String objectionId) {
            return objections.open().stream().anyMatch(o -> o.id().equals(objectionId));
        }
    }

    /** The application's period of {@code kind} and its objections, as stored now. */
    public Standing standing(Handle h, String applicationId, Publicity.Kind kind) {
        Optional<Publicity> publicity = publicities.find(h, applicationId, kind, calendar);
        if (publicity.isEmpty()) {
            return new Standing(Optional.empty(), Objections.none());
        }
        Instant posted = publicity.get().postedOn().atStartOfDay(Publicity.ZONE).toInstant();
        Objections all = publicities.objections(h, applicationId, kind);
        List<Objection> lodged = all.lodged().stream().filter(o -> !o.lodgedAt().isBefore(posted)).toList();
        Set<String> ids = lodged.stream().map(Objection::id).collect(Collectors.toSet());
        List<Resolution> resolved = all.resolutions().stream().filter(r -> ids.contains(r.objectionId())).toList();
        return new Standing(publicity, new Objections(lodged, resolved));
    }

    /** Adds {@code publicityEnded} and {@code objectionOpen} for the application's period of {@code kind} on {@code day}. */
    public Facts.Builder fill(Handle h, String applicationId, Publicity.Kind kind, LocalDate day,
                              Facts.Builder facts) {
        Standing standing = standing(h, applicationId, kind);
        return facts.publicityEnded(standing.endedOn(day)).objectionOpen(standing.objections().blocksProgress());
    }
}
