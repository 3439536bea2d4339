package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;
import java.util.ArrayList;
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

    static Finding check(String rule, EducationPath path, Subject s, Series series,
                         int reduction) {
        ApplicantFile a = s.applicant();
        LocalDate asOf = s.asOf();
        boolean explain = s.explain();
        Map<String, Object> facts = explain ? new LinkedHashMap<>() : null;
        List<Message> gaps = explain ? new ArrayList<>() : null;
        List<String> evidence = explain ? new ArrayList<>() : null;
        boolean met = true;
        boolean onlyTime = true;
        LocalDate passesOn = LocalDate.MIN;

        Optional<Education> education = s.highest();
        Degree degree = education.map(Education::degree).orElse(null);
        if (explain) {
            facts.put("education", degree == null ? "-" : degree);
            education.ifPresent(e -> evidence.add(e.id()));
        }
        if (degree == null || !degree.atLeast(path.education())) {
            met = false;
            onlyTime = false;
            if (explain) {
                gaps.add(Message.of("path.gap.education", path.education()));
            }
        }

        if (path.priorTitle() != null) {
            TitleHeld title = firstTitle(a, series, path.priorTitle(), asOf);
            if (title == null) {
                met = false;
                onlyTime = false;
                if (explain) {
                    gaps.add(Message.of("path.gap.title", path.priorTitle()));
                }
            } else {
                int required = Math.max(0, path.yearsSincePriorTitle() - reduction);
                LocalDate awarded = title.awarded();
                if (explain) {
                    evidence.add(title.id());
                    facts.put("titleAwarded", awarded);
                    facts.put("yearsSinceTitle", Years.full(awarded, asOf));
                    facts.put("yearsSinceTitleRequired", required);
                }
                if (!Years.complete(awarded, required, asOf)) {
                    met = false;
                    if (explain) {
                        gaps.add(Message.of("path.gap.yearsSinceTitle", path.priorTitle(), required,
                                Years.full(awarded, asOf)));
                    }
                    passesOn = max(passesOn, Years.completeOn(awarded, required));
                }
            }
        }

        int requiredWork = Math.max(0, path.professionalYears() - reduction);
        if (path.professionalYears() > 0) {
            LocalDate start = a.professionalWorkStart();
            if (explain) {
                facts.put("professionalYears", Years.full(start, asOf));
                facts.put("professionalYearsRequired", requiredWork);
            }
            if (!Years.complete(start, requiredWork, asOf)) {
                met = false;
                if (explain) {
                    gaps.add(Message.of("path.gap.professionalYears", requiredWork, Years.full(start, asOf)));
                }
                passesOn = max(passesOn, Years.completeOn(start, requiredWork));
            }
        }
        if (!explain) {
            return new Finding(rule, List.of(), met ? Outcome.PASSED : Outcome.FAILED, Map.of(),
                    Subject.UNEXPLAINED, Optional.empty(), !met && onlyTime ? Optional.of(passesOn) : Optional.empty(),
                    path.provisional(), List.of(), List.of());
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

    /** The earliest awarded title at {@code atLeast} or above in the series, held on the date. */
    private static TitleHeld firstTitle(ApplicantFile a, Series series, Level atLeast,
                                        LocalDate asOf) {
        TitleHeld first = null;
        List<TitleHeld> titles = a.titles();
        for (int i = 0; i < titles.size(); i++) {
            TitleHeld t = titles.get(i);
            // the first of equal award dates, as Stream.min keeps it
            if (t.series() == series && t.level().atLeast(atLeast) && !t.awarded().isAfter(asOf)
                    && (first == null || t.awarded().isBefore(first.awarded()))) {
                first = t;
            }
        }
        return first;
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
