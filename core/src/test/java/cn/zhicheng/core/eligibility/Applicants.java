package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.Employment;
import cn.zhicheng.core.applicant.EmploymentKind;
import cn.zhicheng.core.applicant.Identity;
import cn.zhicheng.core.applicant.Recommender;
import cn.zhicheng.core.applicant.RecommenderKind;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.applicant.WorkKind;
import cn.zhicheng.core.applicant.WorkRole;
import java.time.LocalDate;
import java.util.List;

/** A builder of applicant files for evaluator tests: a freelance bachelor in Changchun, changed per test. */
record Applicants(Degree degree, LocalDate workStart, List<TitleHeld> titles, List<TrainingCertificate> training,
                  List<TalentRecognition> talents, List<RepresentativeWork> works, Certificates certificates,
                  EmploymentKind kind) {

    static Applicants bachelor(LocalDate workStart) {
        return new Applicants(Degree.BACHELOR, workStart, List.of(), List.of(), List.of(),
                List.of(work(WorkKind.PROJECT_REPORT, LocalDate.of(2020, 1, 1), WorkRole.PRINCIPAL)),
                Certificates.NONE, EmploymentKind.FREELANCE);
    }

    static RepresentativeWork work(WorkKind kind, LocalDate date, WorkRole role) {
        return new RepresentativeWork(null, kind, kind.name() + " " + date, date, role, null, null, null);
    }

    Applicants degree(Degree d) {
        return new Applicants(d, workStart, titles, training, talents, works, certificates, kind);
    }

    Applicants title(cn.zhicheng.core.policy.Level level, LocalDate awarded) {
        List<TitleHeld> more = new java.util.ArrayList<>(titles);
        more.add(new TitleHeld(null, cn.zhicheng.core.policy.Series.ENGINEERING, level, null, null, awarded));
        return new Applicants(degree, workStart, more, training, talents, works, certificates, kind);
    }

    Applicants trained(LocalDate issued, boolean byMinistry) {
        return new Applicants(degree, workStart, titles,
                List.of(new TrainingCertificate(null, "培训", "TEST_FIELD", byMinistry, 120, issued)), talents, works, certificates, kind);
    }

    /** A ministry training certificate for a named field (决定 D-18). */
    Applicants trainedFor(String field, LocalDate issued) {
        return new Applicants(degree, workStart, titles,
                List.of(new TrainingCertificate("training-1", "培训", field, true, 120, issued)), talents, works,
                certificates, kind);
    }

    /** A leading-talent recognition by an issuer at a level (决定 D-19). */
    Applicants recognised(cn.zhicheng.core.applicant.RecognitionLevel level, LocalDate recognised) {
        return new Applicants(degree, workStart, titles, training, List.of(new TalentRecognition("recognition-1",
                cn.zhicheng.core.applicant.TalentKind.LEADING_TALENT, "长春市", level, recognised)), works,
                certificates, kind);
    }

    Applicants talent(LocalDate recognised) {
        return new Applicants(degree, workStart, titles, training, List.of(new TalentRecognition(null,
                cn.zhicheng.core.applicant.TalentKind.LEADING_TALENT, "吉林省",
                cn.zhicheng.core.applicant.RecognitionLevel.PROVINCIAL, recognised)), works, certificates, kind);
    }

    Applicants withWorks(RepresentativeWork... w) {
        return new Applicants(degree, workStart, titles, training, talents, List.of(w), certificates, kind);
    }

    Applicants certificates(Certificates c) {
        return new Applicants(degree, workStart, titles, training, talents, works, c, kind);
    }

    Applicants employedAs(EmploymentKind k) {
        return new Applicants(degree, workStart, titles, training, talents, works, certificates, k);
    }

    ApplicantFile file() {
        return new ApplicantFile(new Identity("测试", "220102199001011239", null),
                new Employment(kind, null, null, "220102", null, false),
                java.util.Optional.of(new Recommender(RecommenderKind.INCUBATOR, "孵化园", null)), null,
                List.of(new Education(null, degree, "管理学", null, LocalDate.of(2010, 6, 30))), titles, workStart, training,
                talents, works, certificates);
    }
}
