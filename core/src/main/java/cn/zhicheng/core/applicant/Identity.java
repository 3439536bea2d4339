package cn.zhicheng.core.applicant;

import cn.zhicheng.core.applicant.validation.ResidentIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** Who the applicant is. The ID number and phone are personal data: mask them wherever the public sees them. */
public record Identity(
        @NotBlank @Size(max = 50, message = "{cn.zhicheng.text.tooLong}") String name,
        @NotBlank @ResidentIdNumber String idNumber,
        Optional<@Pattern(regexp = "1[3-9]\\d{9}", message = "{cn.zhicheng.phone.invalid}") String> phone) {

    public Identity {
        phone = phone == null ? Optional.empty() : phone;
    }

    /** "220102********1234": region code and the last four characters only. */
    public String maskedIdNumber() {
        return Masking.middle(idNumber, 6, 4);
    }

    /** "138****5678". */
    public Optional<String> maskedPhone() {
        return phone.map(p -> Masking.middle(p, 3, 4));
    }
}
