package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A professional title the applicant already holds, in a series, at a level, since a date. */
public record TitleHeld(@NotNull Series series, @NotNull Level level, String name, String certificateNo,
                        @NotNull @PastOrPresent LocalDate awarded) {
}
