package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.TrainingCertificate;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.policy.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation's applicant on its date and the round's cut-off date, with what every check reads looked up once
 * — the highest degree held then, the ministry training certificate for the field applied for (五(二)6, 决定 D-18),
 * the years of professional work — and whether the explanation is written down. Both kinds of evaluation take the same steps and the same
 * branches; one that is not explained leaves out only the words and facts of its findings, which no outcome reads.
 *
 * @param highest the highest degree obtained on the date, or null when none is
 * @param training the certificate that opens 五(二)6 for the field, or null when none is held on the date
 * @param worked the full years of professional work on the date (决定 D-22)
 */
record Subject(ApplicantFile applicant, LocalDate asOf, LocalDate cutOff, Education highest,
               TrainingCertificate training, int worked, boolean explain) {

    /** The message of a finding whose explanation is not asked for; never rendered. */
    static final Message UNEXPLAINED = new Message("unexplained", List.of());

    static Subject of(ApplicantFile applicant, Field field, LocalDate asOf, LocalDate cutOff, boolean explain) {
        return new Subject(applicant, asOf, cutOff, highest(applicant.education(), asOf),
                Training.held(applicant, asOf, field, true), applicant.professionalWorkStart() == null ? 0
                        : Years.full(applicant.professionalWorkStart(), asOf), explain);
    }

    /** The highest degree obtained on the date; of equal degrees the first, as {@code Stream.max} keeps it. */
    private static Education highest(List<Education> education, LocalDate asOf) {
        if (education == null) {
            return null;
        }
        Education best = null;
        for (int i = 0; i < education.size(); i++) {
            Education e = education.get(i);
            if (!e.graduated().isAfter(asOf) && (best == null || e.degree().compareTo(best.degree()) > 0)) {
                best = e;
            }
        }
        return best;
    }

    /** The degree of {@link #highest}, or null when none is held on the date. */
    Degree degree() {
        return highest == null ? null : highest.degree();
    }

    /**
     * The findings of a rule that is not explained, one for each outcome: such a finding says nothing but its rule
     * and outcome, so one object serves every evaluation.
     */
    static Finding[] unexplained(String rule) {
        Outcome[] outcomes = Outcome.values();
        Finding[] out = new Finding[outcomes.length];
        for (Outcome o : outcomes) {
            out[o.ordinal()] = new Finding(rule, List.of(), o, Map.of(), UNEXPLAINED, Optional.empty(),
                    Optional.empty(), false, List.of());
        }
        return out;
    }

    /** The message when explaining, else nothing to render. */
    Message say(String key, Object... args) {
        return explain ? Message.owned(key, args) : UNEXPLAINED;
    }

    /** The facts when explaining, else none. */
    Map<String, Object> facts(Map<String, Object> facts) {
        return explain ? facts : Map.of();
    }

    static boolean anyProvisional(List<EducationPath> paths) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).provisional()) {
                return true;
            }
        }
        return false;
    }
}
