package cn.zhicheng.core.overlay;

import cn.zhicheng.core.criteria.Achievement;
import cn.zhicheng.core.policy.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An association's overlay as written in its YAML file: who issues it and from when, the fields and levels it
 * covers, and per field and level what it raises and which achievements it adds. There is no way to write a removal
 * or a new, easier alternative: an overlay can only raise what the provincial criteria already ask, or add
 * achievements that must all be met besides them (四, 决定 D-12).
 */
public record OverlayDescriptor(@NotBlank String schema, @NotNull @Valid Header overlay, @NotNull @Valid Covers covers,
                                @NotEmpty @Size(max = 200) List<@NotNull @Valid Change> changes) {

    public OverlayDescriptor {
        changes = changes == null ? null : List.copyOf(changes);
    }

    /** Who issues the overlay, which version, under which document, and from which day. */
    public record Header(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
            @NotBlank @Size(max = 100) String association,
            @NotBlank @Size(max = 50) String version,
            @NotBlank @Size(max = 200) String document,
            @NotNull LocalDate effectiveFrom) {
    }

    /** The fields and levels the overlay speaks for; every change lies inside them. */
    public record Covers(@NotEmpty @Size(max = 20) Set<@NotBlank String> fields,
                         @NotEmpty Set<@NotNull Level> levels) {
        public Covers {
            fields = fields == null ? null : Set.copyOf(fields);
            levels = levels == null ? null : Set.copyOf(levels);
        }
    }

    /**
     * What is raised at one field and level, and the achievements added there ({@code require}): written like an
     * annex's achievements, each citing the overlay's own clause, all of them to be met besides the provincial
     * achievement requirement. At most 10 per field and level.
     */
    public record Change(@NotBlank String field, @NotNull Level level,
                         @Size(max = 50) List<@NotNull @Valid PathRaise> paths,
                         @Valid Achievements achievements,
                         @Size(max = MAX_REQUIRED) List<@NotNull @Valid Achievement> require) {
        public Change {
            paths = paths == null ? List.of() : List.copyOf(paths);
            require = require == null ? List.of() : List.copyOf(require);
        }
    }

    /** How many achievements an overlay may add at one field and level. */
    public static final int MAX_REQUIRED = 10;

    /** Years of an education path (by its id) raised; a value left out stays as the province has it. */
    public record PathRaise(@NotBlank String id, @Max(50) Integer yearsSincePriorTitle,
                            @Max(50) Integer professionalYears) {
    }

    /** The achievement rule's counts raised, and the minimums of its achievements (by criterion id). */
    public record Achievements(@Max(100) Integer min, @Max(100) Integer minPrincipal,
                               @Size(max = 50) List<@NotNull @Valid AchievementRaise> raise) {
        public Achievements {
            raise = raise == null ? List.of() : List.copyOf(raise);
        }
    }

    /**
     * One achievement's minimum raised: {@code min} (works, fans, service hours) or {@code minYuan} (sales). A
     * longer window would make it easier, so windows cannot be changed.
     */
    public record AchievementRaise(@NotBlank String id, @Positive @Max(10_000_000_000L) Long min,
                                   @Positive @DecimalMax("1000000000000") BigDecimal minYuan) {
    }
}
