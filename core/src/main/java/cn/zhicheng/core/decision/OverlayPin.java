package cn.zhicheng.core.decision;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The association overlay a decision was made under (四, 决定 D-12): its id, association, version, document and
 * first day, the SHA-256 of the overlay file, the SHA-256 of the criteria actually applied at the decision's level
 * (the provincial criteria raised by the overlay; the rule-set pin keeps the provincial digest), and the ids of the
 * requirements the overlay raised there and of the achievements it added there ({@code added}, written only when
 * there are some). A decision made without an overlay has no such pin.
 */
public record OverlayPin(String id, String association, String version, String document, LocalDate effectiveFrom,
                         String sha256, String criteriaSha256, List<String> raised, List<String> added) {

    /** A pin of an overlay that adds no achievement at the decision's level. */
    public OverlayPin(String id, String association, String version, String document, LocalDate effectiveFrom,
                      String sha256, String criteriaSha256, List<String> raised) {
        this(id, association, version, document, effectiveFrom, sha256, criteriaSha256, raised, List.of());
    }

    public OverlayPin {
        requireNonNull(id, "id is null");
        requireNonNull(association, "association is null");
        requireNonNull(version, "version is null");
        requireNonNull(document, "document is null");
        requireNonNull(effectiveFrom, "effectiveFrom is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(criteriaSha256, "criteriaSha256 is null");
        raised = List.copyOf(raised);
        added = List.copyOf(added);
    }
}
