package cn.zhicheng.core.spi;

import cn.zhicheng.core.policy.Text;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Who an annex is: like Jackson refusing a module without a name or version, the loader refuses an annex without
 * an id, a version, the policy document it implements and the dates it is in force.
 */
public record AnnexHeader(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{cn.zhicheng.criteria.id}") String id,
        @NotBlank String version,
        @NotBlank String document,
        @NotNull @Valid Text title,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo) {

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.period.order}")
    public boolean isPeriodOrdered() {
        return effectiveFrom == null || effectiveTo == null || !effectiveTo.isBefore(effectiveFrom);
    }
}
