package cn.zhicheng.core.applicant;

import cn.zhicheng.core.applicant.validation.AdministrativeDivision;
import cn.zhicheng.core.applicant.validation.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Where and how the applicant works.
 *
 * @param labourRelationRegion the six-digit administrative division code (GB/T 2260) of the place of the labour
 *     relation; Jilin's codes start with 22 (五(三)1)
 * @param employerCreditCode the employer's unified social credit code (GB 32100); none for freelancers
 */
public record Employment(
        @NotNull EmploymentKind kind,
        Optional<@Size(max = 100, message = "{cn.zhicheng.text.tooLong}") String> employer,
        Optional<@UnifiedSocialCreditCode String> employerCreditCode,
        @NotNull @AdministrativeDivision String labourRelationRegion,
        PublicInstitutionArrangement publicInstitutionArrangement,
        boolean retired) {

    public Employment {
        employer = employer == null ? Optional.empty() : employer;
        employerCreditCode = employerCreditCode == null ? Optional.empty() : employerCreditCode;
        publicInstitutionArrangement = publicInstitutionArrangement == null
                ? PublicInstitutionArrangement.NONE : publicInstitutionArrangement;
    }

    public boolean inJilin() {
        return labourRelationRegion != null && labourRelationRegion.startsWith("22");
    }
}
