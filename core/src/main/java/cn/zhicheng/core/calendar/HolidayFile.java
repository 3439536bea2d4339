package cn.zhicheng.core.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's file of China's holiday data (holiday-cn's schema): the State Council General Office notice it was
 * taken from, its statutory holiday days ({@code isOffDay: true}) and its adjusted working days (调休上班日,
 * {@code isOffDay: false}). Read as written, unknown keys refused; ordinary weekends are not listed.
 */
record HolidayFile(
        @JsonProperty("$schema") String schema,
        @JsonProperty("$id") String id,
        @NotNull Integer year,
        @NotNull List<@NotBlank String> papers,
        @NotNull List<@NotNull @Valid Day> days) {

    /** A listed day: named after its holiday, off (a holiday) or not (a weekend day worked in exchange). */
    record Day(@NotBlank String name, @NotNull LocalDate date, @JsonProperty("isOffDay") @NotNull Boolean offDay) {
    }
}
