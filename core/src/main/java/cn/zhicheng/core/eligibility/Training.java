package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.TrainingCertificate;
import java.time.LocalDate;
import java.util.Optional;

/** 五(二)6: a training-hours certificate from a programme organised by the ministry (MOHRSS), held on the date. */
final class Training {

    private Training() {
    }

    static boolean applies(ApplicantFile a, LocalDate asOf) {
        return certificate(a, asOf) != null;
    }

    static String certificate(ApplicantFile a, LocalDate asOf) {
        Optional<TrainingCertificate> c = a.training().stream()
                .filter(t -> t.organisedByMohrss() && !t.issued().isAfter(asOf))
                .findFirst();
        return c.map(t -> t.programme() + " (" + t.hours() + "h, " + t.issued() + ")").orElse(null);
    }
}
