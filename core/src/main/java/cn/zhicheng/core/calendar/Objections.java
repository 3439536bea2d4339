package cn.zhicheng.core.calendar;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.eligibility.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objections to one application's publicity and their resolutions (决定 D-6), as values: what was lodged and
 * what was resolved, each act appended, nothing changed in place. An objection may be lodged until the period ends
 * (24:00 of its last day); while any is open the application may not move on; an upheld objection returns the
 * application or ends it, a dismissed one lets it proceed. Storing them and auditing each act is the app's.
 */
public record Objections(List<Objection> lodged, List<Resolution> resolutions) {

    /** Where the application stands as far as objections go. */
    public enum Progress {
        /** No objection is open and none was upheld. */
        PROCEEDS,
        /** At least one objection is open: the next stage waits for its resolution. */
        BLOCKED,
        /** An objection was upheld: the application returns to the applicant or ends. */
        RETURNED_OR_ENDED
    }

    /** The result of lodging or resolving: the objections after the act, or the reason it was refused. */
    public sealed interface Act permits Accepted, Refused {
        Message message();
    }

    public record Accepted(Objections objections, Message message) implements Act {
    }

    public record Refused(Message message) implements Act {
    }

    /** Rebuilt from storage too, so the values are checked here: unique ids, one resolution per lodged objection. */
    public Objections {
        lodged = List.copyOf(lodged);
        resolutions = List.copyOf(resolutions);
        Map<String, Objection> byId = new HashMap<>();
        for (Objection o : lodged) {
            if (byId.put(o.id(), o) != null) {
                throw new IllegalArgumentException("objection " + o.id() + " is lodged twice");
            }
        }
        Set<String> resolved = new HashSet<>();
        for (Resolution r : resolutions) {
            Objection o = byId.get(r.objectionId());
            if (o == null || !resolved.add(r.objectionId())) {
                throw new IllegalArgumentException("resolution of " + r.objectionId()
                        + " names no open objection");
            }
            if (r.resolvedAt().isBefore(o.lodgedAt())) {
                throw new IllegalArgumentException("objection " + o.id() + " is resolved before it was lodged");
            }
        }
    }

    public static Objections none() {
        return new Objections(List.of(), List.of());
    }

    /**
     * Lodges an objection at {@code at}: accepted from the posting day until the publicity ends, refused afterwards
     * (决定 D-6) or before the posting.
     */
    public Act lodge(Publicity publicity, Objection objection) {
        requireNonNull(publicity, "publicity is null");
        requireNonNull(objection, "objection is null");
        Instant at = objection.lodgedAt();
        if (publicity.hasEnded(at)) {
            return new Refused(Message.of("calendar.objection.late", Publicity.local(at), publicity.lastDay(),
                    publicity.kind().clause()));
        }
        if (!publicity.isWithin(at)) {
            return new Refused(Message.of("calendar.objection.notPosted", Publicity.local(at), publicity.postedOn(),
                    publicity.kind().clause()));
        }
        if (find(objection.id()).isPresent()) {
            throw new IllegalArgumentException("objection " + objection.id() + " is lodged already");
        }
        List<Objection> after = new ArrayList<>(lodged);
        after.add(objection);
        return new Accepted(new Objections(after, resolutions),
                Message.of("calendar.objection.lodged", objection.id(), Publicity.local(at),
                        publicity.lastDay()));
    }

    /** Records the office's resolution of an open objection; refused when it names none open. */
    public Act resolve(Resolution resolution) {
        requireNonNull(resolution, "resolution is null");
        Optional<Objection> objection = find(resolution.objectionId());
        if (objection.isEmpty()) {
            return new Refused(Message.of("calendar.objection.unknown", resolution.objectionId()));
        }
        if (resolutionOf(resolution.objectionId()).isPresent()) {
            return new Refused(Message.of("calendar.objection.resolvedAlready", resolution.objectionId()));
        }
        List<Resolution> after = new ArrayList<>(resolutions);
        after.add(resolution);
        return new Accepted(new Objections(lodged, after), Message.of(
                "calendar.objection." + resolution.ruling().name(), resolution.objectionId(), resolution.reasons()));
    }

    /** The objections lodged and not yet resolved, in the order lodged. */
    public List<Objection> open() {
        return lodged.stream().filter(o -> resolutionOf(o.id()).isEmpty()).toList();
    }

    /** Whether an open objection holds the application where it is (决定 D-6). */
    public boolean blocksProgress() {
        return !open().isEmpty();
    }

    public Progress progress() {
        if (blocksProgress()) {
            return Progress.BLOCKED;
        }
        boolean upheld = resolutions.stream().anyMatch(r -> r.ruling() == Resolution.Ruling.UPHELD);
        return upheld ? Progress.RETURNED_OR_ENDED : Progress.PROCEEDS;
    }

    /** Where the application stands, with the ids of the objections that decide it. */
    public Message explain() {
        return switch (progress()) {
            case BLOCKED -> Message.of("calendar.objections.BLOCKED", open().stream().map(Objection::id).toList());
            case RETURNED_OR_ENDED -> Message.of("calendar.objections.RETURNED_OR_ENDED", resolutions.stream()
                    .filter(r -> r.ruling() == Resolution.Ruling.UPHELD).map(Resolution::objectionId).toList());
            case PROCEEDS -> Message.of("calendar.objections.PROCEEDS", lodged.size());
        };
    }

    public Optional<Resolution> resolutionOf(String objectionId) {
        return resolutions.stream().filter(r -> r.objectionId().equals(objectionId)).findFirst();
    }

    private Optional<Objection> find(String id) {
        return lodged.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
