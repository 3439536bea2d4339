package cn.zhicheng.core.applicant;

import cn.zhicheng.core.policy.Values;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An applicant's file (六(一) 个人申报): who they are, where and how they work, what they studied, which titles
 * they hold, and the evidence they bring — training, talent recognitions, representative works (五(二)3)
 * and certificates (五(二)4). Absent lists are empty lists; the record is immutable.
 *
 * @param occupation for fields with sub-occupations (附件13 社会服务), the code of the one the applicant works in
 * @param professionalWorkStart the day the applicant started professional technical work in this field
 */
@PlausibleDates
public record ApplicantFile(
        @NotNull @Valid Identity identity,
        @NotNull @Valid Employment employment,
        Optional<@Valid Recommender> recommender,
        Optional<@Size(max = 50, message = "{cn.zhicheng.text.tooLong}") String> occupation,
        @NotNull @NotEmpty(message = "{cn.zhicheng.education.required}")
        @Size(max = 20, message = "{cn.zhicheng.list.tooLong}") List<@NotNull @Valid Education> education,
        @Size(max = 20, message = "{cn.zhicheng.list.tooLong}") List<@NotNull @Valid TitleHeld> titles,
        @NotNull @PastOrPresent LocalDate professionalWorkStart,
        @Size(max = 200, message = "{cn.zhicheng.list.tooLong}") List<@NotNull @Valid TrainingCertificate> training,
        @Size(max = 50, message = "{cn.zhicheng.list.tooLong}") List<@NotNull @Valid TalentRecognition> recognitions,
        @Size(max = 500, message = "{cn.zhicheng.list.tooLong}") List<@NotNull @Valid RepresentativeWork> works,
        @Valid Certificates certificates) {

    public ApplicantFile {
        recommender = recommender == null ? Optional.empty() : recommender;
        occupation = occupation == null ? Optional.empty() : occupation;
        education = Values.list(education);
        titles = Values.listOrEmpty(titles);
        training = Values.listOrEmpty(training);
        recognitions = Values.listOrEmpty(recognitions);
        works = Values.listOrEmpty(works);
        certificates = certificates == null ? Certificates.NONE : certificates;
    }

    /** Every evidence id of the dossier, in file order: education, titles, training, recognitions, works, certificates. */
    public List<String> evidenceIds() {
        List<String> ids = new java.util.ArrayList<>();
        if (education != null) {
            education.stream().filter(java.util.Objects::nonNull).forEach(e -> ids.add(e.id()));
        }
        titles.stream().filter(java.util.Objects::nonNull).forEach(t -> ids.add(t.id()));
        training.stream().filter(java.util.Objects::nonNull).forEach(t -> ids.add(t.id()));
        recognitions.stream().filter(java.util.Objects::nonNull).forEach(r -> ids.add(r.id()));
        works.stream().filter(java.util.Objects::nonNull).forEach(w -> ids.add(w.id()));
        certificates.evidence().forEach(c -> ids.add(c.id()));
        return List.copyOf(ids);
    }

    /** Two pieces of evidence never share an id (two identical entries need ids of their own). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "{cn.zhicheng.evidence.duplicate}")
    public boolean isEvidenceIdUnique() {
        List<String> ids = evidenceIds();
        return new java.util.HashSet<>(ids).size() == ids.size();
    }

    /**
     * What a blind reviewer may see (七(二)): every piece of evidence, and nothing that identifies the person — no
     * name, ID number, phone, employer, employer's code, recommender's name or title certificate number.
     */
    public AnonymisedDossier anonymised() {
        return AnonymisedDossier.of(this);
    }

    /** The highest degree held on a date (a degree counts from its graduation date). */
    public Optional<Education> highestEducation(LocalDate asOf) {
        return education == null ? Optional.empty() : education.stream()
                .filter(e -> !e.graduated().isAfter(asOf))
                .max(java.util.Comparator.comparing(Education::degree));
    }
}
