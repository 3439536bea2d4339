package cn.zhicheng.core.applicant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dossier as a blind reviewer sees it (七(二), 五(一)2): derived from the applicant's file, never typed, with
 * every piece of evidence under its id and nothing that identifies the person. Titles keep their series, level and
 * date but not their certificate numbers; employment keeps its kind and region but not the employer; the
 * recommendation keeps the kind of body, not its name.
 */
public record AnonymisedDossier(EmploymentKind employmentKind, String labourRelationRegion,
                                PublicInstitutionArrangement publicInstitutionArrangement, boolean retired,
                                Optional<RecommenderKind> recommenderKind, Optional<String> occupation,
                                List<Education> education, List<AnonymisedTitle> titles,
                                LocalDate professionalWorkStart, List<TrainingCertificate> training,
                                List<TalentRecognition> recognitions, List<RepresentativeWork> works,
                                List<Certificates.Item> certificates) {

    /** A title held, without its certificate number or name as written. */
    public record AnonymisedTitle(String id, cn.zhicheng.core.policy.Series series, cn.zhicheng.core.policy.Level level,
                                  LocalDate awarded) {
    }

    public AnonymisedDossier {
        education = List.copyOf(education);
        titles = List.copyOf(titles);
        training = List.copyOf(training);
        recognitions = List.copyOf(recognitions);
        works = List.copyOf(works);
        certificates = List.copyOf(certificates);
    }

    static AnonymisedDossier of(ApplicantFile a) {
        Employment e = a.employment();
        return new AnonymisedDossier(e.kind(), e.labourRelationRegion(), e.publicInstitutionArrangement(), e.retired(),
                a.recommender().map(Recommender::kind), a.occupation(), a.education(),
                a.titles().stream().map(t -> new AnonymisedTitle(t.id(), t.series(), t.level(), t.awarded())).toList(),
                a.professionalWorkStart(), a.training(), a.recognitions(), a.works(), a.certificates().evidence());
    }
}
