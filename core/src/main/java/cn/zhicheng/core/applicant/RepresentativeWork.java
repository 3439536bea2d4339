package cn.zhicheng.core.applicant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A representative work (专业代表作, 五(二)3). A sales amount carries its {@link SalesAmount}, a fan count its
 * {@link FanCount}, a service record its {@link ServiceHours}; other kinds carry none.
 */
public record RepresentativeWork(
        @Pattern(regexp = EvidenceId.PATTERN, message = "{cn.zhicheng.evidence.id}") String id,
        @NotNull WorkKind kind,
        @NotBlank @Size(max = 200, message = "{cn.zhicheng.text.tooLong}") String title,
        @NotNull @PastOrPresent LocalDate date,
        WorkRole role,
        Optional<@Valid SalesAmount> sales,
        Optional<@Valid FanCount> fans,
        Optional<@Valid ServiceHours> service) {

    public RepresentativeWork {
        role = role == null ? WorkRole.PARTICIPANT : role;
        sales = sales == null ? Optional.empty() : sales;
        fans = fans == null ? Optional.empty() : fans;
        service = service == null ? Optional.empty() : service;
        id = EvidenceId.of(id, "work", kind, title, date, role,
                sales.map(s -> s.platform() + "/" + s.account() + "/" + (s.yuan() == null ? "" : s.yuan().toPlainString())
                        + "/" + s.from()
                        + "/" + s.to()),
                fans.map(f -> f.platform() + "/" + f.count() + "/" + f.asOf()),
                service.map(s -> s.hours() + "/" + s.from() + "/" + s.to()));
    }

    @JsonIgnore
    @AssertTrue(message = "{cn.zhicheng.work.quantity}")
    public boolean isQuantityConsistent() {
        if (kind == null) {
            return true;
        }
        return (kind == WorkKind.SALES_AMOUNT) == sales.isPresent()
                && (kind == WorkKind.FAN_COUNT) == fans.isPresent()
                && (kind == WorkKind.SERVICE_RECORD) == service.isPresent();
    }
}
