package cn.zhicheng.app.bench.baseline;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.RecognitionLevel;
import cn.zhicheng.core.applicant.TalentRecognition;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;

/**
 * The baseline the engine is timed against: the education/experience ladder of the engineering series
 * (人社部发〔2019〕16号 with 决定 D-16) and of the marketing series (附件12, 决定 D-11), written by hand as one would
 * without a rules engine — the numbers typed in, plain loops, no findings, no explanation, only pass or fail.
 *
 * <p>It covers the base paths per degree, years since the prior title and years of professional work counted as the
 * Civil Code counts them (决定 D-22), training one year off every years requirement (五(二)6, 决定 D-4, D-18), the
 * direct intermediate paths with the years 决定 D-2 derives (typed here, derived in the engine) and the outstanding
 * talent channel for the senior levels (五(二)5, 决定 D-3, D-19). It knows nothing of annex tightenings: the
 * installed annexes declare none, and the agreement test would say so if one did.
 */
public final class HandWrittenLadder {

    private HandWrittenLadder() {
    }

    /** Whether the ladder of {@code series} lets the applicant apply for {@code level} in the field on the date. */
    public static boolean passes(ApplicantFile a, Series series, String field, Level level, LocalDate asOf) {
        Degree degree = highestDegree(a, asOf);
        int off = trained(a, field, asOf) ? 1 : 0;
        LocalDate start = a.professionalWorkStart();
        boolean passed = switch (series) {
            case ENGINEERING -> engineering(a, degree, level, start, off, asOf);
            case MARKETING -> marketing(a, degree, level, start, off, asOf);
            case SOCIAL_SERVICE -> throw new IllegalArgumentException("the social-service ladder is not written here");
        };
        return passed || talent(a, series, level, asOf);
    }

    private static boolean engineering(ApplicantFile a, Degree d, Level level, LocalDate start, int off,
                                       LocalDate asOf) {
        Series s = Series.ENGINEERING;
        return switch (level) {
            case JUNIOR -> at(d, Degree.SECOND_BACHELOR)
                    || at(d, Degree.BACHELOR) && worked(start, 1, off, asOf)
                    || at(d, Degree.JUNIOR_COLLEGE) && since(a, s, Level.TECHNICIAN, 2, off, asOf)
                    || at(d, Degree.SECONDARY_VOCATIONAL) && since(a, s, Level.TECHNICIAN, 4, off, asOf)
                    // 决定 D-16: the years 技术员 would have taken
                    || at(d, Degree.JUNIOR_COLLEGE) && worked(start, 3, off, asOf)
                    || at(d, Degree.SECONDARY_VOCATIONAL) && worked(start, 5, off, asOf);
            case INTERMEDIATE -> at(d, Degree.DOCTORATE)
                    || at(d, Degree.SECOND_BACHELOR) && since(a, s, Level.JUNIOR, 2, off, asOf)
                    || at(d, Degree.BACHELOR) && since(a, s, Level.JUNIOR, 4, off, asOf)
                    || at(d, Degree.JUNIOR_COLLEGE) && since(a, s, Level.JUNIOR, 4, off, asOf)
                    // 五(二)2, 决定 D-2: 第二学士 0 + 2, 本科 1 + 4, 大专 3 + 4 years of professional work
                    || at(d, Degree.SECOND_BACHELOR) && worked(start, 2, off, asOf)
                    || at(d, Degree.BACHELOR) && worked(start, 5, off, asOf)
                    || at(d, Degree.JUNIOR_COLLEGE) && worked(start, 7, off, asOf);
            case ASSOCIATE_SENIOR -> at(d, Degree.DOCTORATE) && since(a, s, Level.INTERMEDIATE, 2, off, asOf)
                    || at(d, Degree.BACHELOR) && since(a, s, Level.INTERMEDIATE, 5, off, asOf);
            case SENIOR -> at(d, Degree.BACHELOR) && since(a, s, Level.ASSOCIATE_SENIOR, 5, off, asOf);
            case TECHNICIAN -> false;
        };
    }

    private static boolean marketing(ApplicantFile a, Degree d, Level level, LocalDate start, int off,
                                     LocalDate asOf) {
        Series s = Series.MARKETING;
        return switch (level) {
            case JUNIOR -> at(d, Degree.MASTER)
                    || at(d, Degree.BACHELOR) && worked(start, 1, off, asOf)
                    || at(d, Degree.JUNIOR_COLLEGE) && worked(start, 3, off, asOf)
                    || at(d, Degree.SECONDARY_VOCATIONAL) && worked(start, 5, off, asOf);
            case INTERMEDIATE -> at(d, Degree.DOCTORATE)
                    || at(d, Degree.MASTER) && since(a, s, Level.JUNIOR, 2, off, asOf)
                    || at(d, Degree.BACHELOR) && since(a, s, Level.JUNIOR, 4, off, asOf)
                    || at(d, Degree.JUNIOR_COLLEGE) && since(a, s, Level.JUNIOR, 4, off, asOf)
                    // 五(二)2, 决定 D-1, D-2: 硕士 0 + 2, 本科 1 + 4, 大专 3 + 4 years of professional work
                    || at(d, Degree.MASTER) && worked(start, 2, off, asOf)
                    || at(d, Degree.BACHELOR) && worked(start, 5, off, asOf)
                    || at(d, Degree.JUNIOR_COLLEGE) && worked(start, 7, off, asOf);
            case ASSOCIATE_SENIOR -> at(d, Degree.DOCTORATE) && since(a, s, Level.INTERMEDIATE, 2, off, asOf)
                    || at(d, Degree.BACHELOR) && since(a, s, Level.INTERMEDIATE, 5, off, asOf);
            case SENIOR -> at(d, Degree.BACHELOR) && since(a, s, Level.ASSOCIATE_SENIOR, 5, off, asOf);
            case TECHNICIAN -> false;
        };
    }

    /** 五(二)5 as 决定 D-3 and D-19 read it: a provincial or national recognition; 正高级 still needs 副高级. */
    private static boolean talent(ApplicantFile a, Series series, Level level, LocalDate asOf) {
        if (level != Level.ASSOCIATE_SENIOR && level != Level.SENIOR) {
            return false;
        }
        boolean recognised = false;
        for (TalentRecognition r : a.recognitions()) {
            if ((r.level() == RecognitionLevel.NATIONAL || r.level() == RecognitionLevel.PROVINCIAL)
                    && !r.recognised().isAfter(asOf)) {
                recognised = true;
                break;
            }
        }
        return recognised && (level == Level.ASSOCIATE_SENIOR
                || HandWrittenEvaluator.firstTitle(a, series, Level.ASSOCIATE_SENIOR, asOf) != null);
    }

    /** 决定 D-18: a ministry-organised training certificate for the field applied for, issued by the date. */
    private static boolean trained(ApplicantFile a, String field, LocalDate asOf) {
        for (TrainingCertificate t : a.training()) {
            if (t.organisedByMohrss() && t.field().equals(field) && !t.issued().isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }

    private static Degree highestDegree(ApplicantFile a, LocalDate asOf) {
        Degree highest = null;
        for (Education e : a.education()) {
            if (!e.graduated().isAfter(asOf) && (highest == null || e.degree().compareTo(highest) > 0)) {
                highest = e.degree();
            }
        }
        return highest;
    }

    private static boolean at(Degree held, Degree required) {
        return held != null && held.compareTo(required) >= 0;
    }

    /** Years of professional work complete (决定 D-22), less one for training but never below zero. */
    private static boolean worked(LocalDate start, int years, int off, LocalDate asOf) {
        return !asOf.isBefore(start.plusYears(Math.max(0, years - off)));
    }

    /** A title at {@code prior} or above in the series, and the years since the first such title complete. */
    private static boolean since(ApplicantFile a, Series series, Level prior, int years, int off, LocalDate asOf) {
        LocalDate awarded = HandWrittenEvaluator.firstTitle(a, series, prior, asOf);
        return awarded != null && !asOf.isBefore(awarded.plusYears(Math.max(0, years - off)));
    }

}
