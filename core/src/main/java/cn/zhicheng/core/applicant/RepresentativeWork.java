package cn.zhicheng.core.applicant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A representative work (专业代表作, 五(二)3). A sales amount carries its {@link SalesAmount}, a fan count its
 * {@link FanCount}, a service record its {@link ServiceHours}; other kinds carry none.
 */
public record RepresentativeWork(
        @NotNull WorkKind kind,
        @NotBlank String title,
        @NotNull @PastOrPresent LocalDate date,
        WorkRole role,
        @Valid SalesAmount sales,
        @Valid FanCount fans,
        @Valid ServiceHours service) {

    public RepresentativeWork {
        role = role == null ? WorkRole.PARTICIPANT : role;
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.work.quantity}")
    public boolean isQuantityConsistent() {
        if (kind == null) {
            return true;
        }
        return (kind == WorkKind.SALES_AMOUNT) == (sales != null)
                && (kind == WorkKind.FAN_COUNT) == (fans != null)
                && (kind == WorkKind.SERVICE_RECORD) == (service != null);
    }
}
