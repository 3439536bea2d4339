package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.criteria.EducationPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation's applicant on its date, with what every path reads looked up once (the highest degree held then),
 * and whether the explanation is written down. Both kinds of evaluation take the same steps and the same branches;
 * one that is not explained leaves out only the words and facts of its findings, which no outcome reads.
 */
record Subject(ApplicantFile applicant, LocalDate asOf, Optional<Education> highest, boolean explain) {

    /** The message of a finding whose explanation is not asked for; never rendered. */
    static final Message UNEXPLAINED = new Message("unexplained", List.of());

    static Subject of(ApplicantFile applicant, LocalDate asOf, boolean explain) {
        return new Subject(applicant, asOf, applicant.highestEducation(asOf), explain);
    }

    /** The message when explaining, else nothing to render. */
    Message say(String key, Object... args) {
        return explain ? Message.of(key, args) : UNEXPLAINED;
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
