package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One education/experience path against one applicant: degree, prior title, years since it and years of work,
 * each years requirement eased by {@code reduction} (五(二)6, 决定 D-4) but never below zero. Years are counted as
 * 决定 D-22 reads them, and the date it names when only time is missing is the date the same count completes.
 */
final class PathCheck {

    private PathCheck() {
    }

    static Finding check(String rule, EducationPath path, ApplicantFile a, Series series, LocalDate asOf,
                         int reduction) {
        Map<String, Object> facts = new LinkedHashMap<>();
        List<Message> gaps = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        boolean onlyTime = true;
        LocalDate passesOn = LocalDate.MIN;

        Optional<Education> education = a.highestEducation(asOf);
        Optional<Degree> degree = education.map(Education::degree);
        facts.put("education", degree.map(d -> (Object) d).orElse("-"));
        education.ifPresent(e -> evidence.add(e.id()));
        if (degree.isEmpty() || !degree.get().atLeast(path.education())) {
            gaps.add(Message.of("path.gap.education", path.education()));
            onlyTime = false;
        }

        if (path.priorTitle() != null) {
            Optional<TitleHeld> title = a.titles().stream()
                    .filter(t -> t.series() == series && t.level().atLeast(path.priorTitle())
                            && !t.awarded().isAfter(asOf))
                    .min(Comparator.comparing(TitleHeld::awarded));
            if (title.isEmpty()) {
                gaps.add(Message.of("path.gap.title", path.priorTitle()));
                onlyTime = false;
            } else {
                int required = Math.max(0, path.yearsSincePriorTitle() - reduction);
                LocalDate awarded = title.get().awarded();
                int years = Years.full(awarded, asOf);
                evidence.add(title.get().id());
                facts.put("titleAwarded", awarded);
                facts.put("yearsSinceTitle", years);
                facts.put("yearsSinceTitleRequired", required);
                if (!Years.complete(awarded, required, asOf)) {
                    gaps.add(Message.of("path.gap.yearsSinceTitle", path.priorTitle(), required, years));
                    passesOn = max(passesOn, Years.completeOn(awarded, required));
                }
            }
        }

        int requiredWork = Math.max(0, path.professionalYears() - reduction);
        if (path.professionalYears() > 0) {
            LocalDate start = a.professionalWorkStart();
            int years = Years.full(start, asOf);
            facts.put("professionalYears", years);
            facts.put("professionalYearsRequired", requiredWork);
            if (!Years.complete(start, requiredWork, asOf)) {
                gaps.add(Message.of("path.gap.professionalYears", requiredWork, years));
                passesOn = max(passesOn, Years.completeOn(start, requiredWork));
            }
        }
        if (eased(path, reduction)) {
            facts.put("yearsReducedBy", reduction);
        }

        Message requirement = Requirements.of(path);
        Finding finding = new Finding(rule, List.of(new Clause(path.clause())),
                gaps.isEmpty() ? Outcome.PASSED : Outcome.FAILED, facts,
                message(gaps, requirement, eased(path, reduction)),
                Optional.empty(), Optional.empty(), path.provisional(), List.of(), evidence);
        return !gaps.isEmpty() && onlyTime ? finding.withPassesOn(passesOn) : finding;
    }

    private static boolean eased(EducationPath path, int reduction) {
        return reduction > 0 && (path.yearsSincePriorTitle() > 0 || path.professionalYears() > 0);
    }

    /** The outcome in words; with training the eased years are said beside the base requirement (五(二)6). */
    private static Message message(List<Message> gaps, Message requirement, boolean eased) {
        String key = (gaps.isEmpty() ? "path.passed" : "path.failed") + (eased ? "Eased" : "");
        return gaps.isEmpty() ? Message.of(key, requirement) : Message.of(key, requirement, gaps);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
