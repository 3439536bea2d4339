package cn.zhicheng.core.applicant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A sales amount (营销额, 五(二)3) in yuan over a certified period, on one platform account: two records of one
 * account may not overlap (决定 D-17).
 */
public record SalesAmount(@NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String platform,
                          @NotBlank @Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String account,
                          @NotNull @PositiveOrZero @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2)
                          BigDecimal yuan, @NotNull LocalDate from,
                          @NotNull @PastOrPresent LocalDate to) {

    /** One amount, one form: 2600000.50 and 2600000.5 are the same sales (and the same evidence id). */
    public SalesAmount {
        if (yuan != null) {
            BigDecimal stripped = yuan.stripTrailingZeros();
            yuan = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.period.order}")
    public boolean isPeriodOrdered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
