package cn.zhicheng.core.applicant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** Hours of social service delivered over a period (决定 D-11). */
public record ServiceHours(@PositiveOrZero @Max(1_000_000) long hours, @NotNull LocalDate from,
                           @NotNull @PastOrPresent LocalDate to) {

    /** No more hours than the period has (24 a day). */
    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.service.hours}")
    public boolean isPossible() {
        return from == null || to == null || to.isBefore(from)
                || hours <= 24 * (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1);
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.period.order}")
    public boolean isPeriodOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
