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
        eachEvidenceId(id -> {
            ids.add(id);
            return true;
        });
        return List.copyOf(ids);
    }

    /** Two pieces of evidence never share an id (two identical entries need ids of their own). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "{cn.zhicheng.evidence.duplicate}")
    public boolean isEvidenceIdUnique() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return eachEvidenceId(seen::add);
    }

    /** Hands each evidence id to {@code next} in file order, as long as it answers true; whether it always did. */
    private boolean eachEvidenceId(java.util.function.Predicate<String> next) {
        if (education != null) {
            for (Education e : education) {
                if (e != null && !next.test(e.id())) {
                    return false;
                }
            }
        }
        for (TitleHeld t : titles) {
            if (t != null && !next.test(t.id())) {
                return false;
            }
        }
        for (TrainingCertificate t : training) {
            if (t != null && !next.test(t.id())) {
                return false;
            }
        }
        for (TalentRecognition r : recognitions) {
            if (r != null && !next.test(r.id())) {
                return false;
            }
        }
        for (RepresentativeWork w : works) {
            if (w != null && !next.test(w.id())) {
                return false;
            }
        }
        for (Certificates.Item c : certificates.evidence()) {
            if (!next.test(c.id())) {
                return false;
            }
        }
        return true;
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
