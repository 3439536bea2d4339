package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.Education;
import cn.zhicheng.core.applicant.TitleHeld;
import cn.zhicheng.core.criteria.EducationPath;
import cn.zhicheng.core.eligibility.RuleIds.Route;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One education/experience path against one applicant: degree, prior title, years since it and years of work,
 * each years requirement eased by {@code reduction} (五(二)6, 决定 D-4) but never below zero. Years are counted as
 * 决定 D-22 reads them, and the date it names when only time is missing is the date the same count completes.
 */
final class PathCheck {

    /**
     * What a path says whoever is checked against it: its rule id on each route, its clause and requirement, and
     * the gaps that name no number — the degree, the prior title not held — alone or together, said as the path
     * failed, without and with training ({@link #failed}).
     */
    private record Words(String[] ids, List<Clause> clauses, Message requirement, Message passed,
                         Message passedEased, Message educationGap, Message titleGap, Message[] failed) {

        static Words of(EducationPath path) {
            Route[] routes = Route.values();
            String[] ids = new String[routes.length];
            for (Route r : routes) {
                ids[r.ordinal()] = r.path(path.id());
            }
            Message requirement = Requirements.of(path);
            Message educationGap = Message.owned("path.gap.education", path.education());
            Message titleGap = path.priorTitle() == null ? null : Message.owned("path.gap.title", path.priorTitle());
            Message[] failed = new Message[8];
            for (int eased = 0; eased < 2; eased++) {
                failed[4 * eased + 1] = message(List.of(educationGap), requirement, eased == 1);
                if (titleGap != null) {
                    failed[4 * eased + 2] = message(List.of(titleGap), requirement, eased == 1);
                    failed[4 * eased + 3] = message(List.of(educationGap, titleGap), requirement, eased == 1);
                }
            }
            return new Words(ids, List.of(new Clause(path.clause())), requirement,
                    Message.owned("path.passed", requirement), Message.owned("path.passedEased", requirement),
                    educationGap, titleGap, failed);
        }

        /** The path failed for the gaps given, said with those of them that name no number as one message. */
        Message failed(Message education, Message title, Message work, boolean eased) {
            if (work == null && (title == null || title == titleGap)) {
                return failed[(eased ? 4 : 0) + (education == null ? 0 : 1) + (title == null ? 0 : 2)];
            }
            return message(gaps(education, title, work), requirement, eased);
        }
    }

    private static final Memo<EducationPath, Words> WORDS = new Memo<>(Words::of, 4096);

    private PathCheck() {
    }

    /**
     * Checks one path on a route. The answer is when the path passes: {@link LadderCheck#NOW} when it does on the
     * date, the day it will when only time is missing, or null when time alone will not do. When explaining, the
     * path's finding, which says the same, is put in {@code out[at]}.
     */
    static LocalDate check(Route route, EducationPath path, Subject s, Series series, int reduction, Finding[] out,
                           int at) {
        ApplicantFile a = s.applicant();
        LocalDate asOf = s.asOf();
        boolean explain = s.explain();
        Words words = explain ? WORDS.get(path) : null;
        if (!explain && (s.degree() == null || !s.degree().atLeast(path.education()))) {
            return null; // the degree is missing: time alone will not do, and nothing is to be said
        }
        TitleHeld title = path.priorTitle() == null ? null : firstTitle(a, series, path.priorTitle(), asOf);
        boolean eased = eased(path, reduction);
        // facts as keys and values in turn: the education, three of the title, two of the work, the years eased
        Object[] facts = !explain ? null : new Object[2 + (title == null ? 0 : 6)
                + (path.professionalYears() > 0 ? 4 : 0) + (eased ? 2 : 0)];
        int n = 0;
        // what is missing, in the order it is said: the degree, the title or its years, the years of work
        Message educationGap = null;
        Message titleGap = null;
        Message workGap = null;
        String educationId = null;
        String titleId = null;
        boolean met = true;
        boolean onlyTime = true;
        LocalDate passesOn = LocalDate.MIN;

        Education education = s.highest();
        Degree degree = education == null ? null : education.degree();
        if (explain) {
            facts[n++] = "education";
            facts[n++] = degree == null ? "-" : degree;
            educationId = education == null ? null : education.id();
        }
        if (degree == null || !degree.atLeast(path.education())) {
            met = false;
            onlyTime = false;
            if (explain) {
                educationGap = words.educationGap();
            }
        }

        if (path.priorTitle() != null) {
            if (title == null) {
                met = false;
                onlyTime = false;
                if (explain) {
                    titleGap = words.titleGap();
                }
            } else {
                int required = Math.max(0, path.yearsSincePriorTitle() - reduction);
                LocalDate awarded = title.awarded();
                int since = Years.full(awarded, asOf);
                if (explain) {
                    titleId = title.id();
                    facts[n++] = "titleAwarded";
                    facts[n++] = awarded;
                    facts[n++] = "yearsSinceTitle";
                    facts[n++] = since;
                    facts[n++] = "yearsSinceTitleRequired";
                    facts[n++] = required;
                }
                if (!Years.complete(awarded, since, required, asOf)) {
                    met = false;
                    if (explain) {
                        titleGap = Message.owned("path.gap.yearsSinceTitle", path.priorTitle(), required, since);
                    }
                    passesOn = max(passesOn, Years.completeOn(awarded, required));
                }
            }
        }

        int requiredWork = Math.max(0, path.professionalYears() - reduction);
        if (path.professionalYears() > 0) {
            LocalDate start = a.professionalWorkStart();
            int worked = s.worked();
            if (explain) {
                facts[n++] = "professionalYears";
                facts[n++] = worked;
                facts[n++] = "professionalYearsRequired";
                facts[n++] = requiredWork;
            }
            if (!Years.complete(start, worked, requiredWork, asOf)) {
                met = false;
                if (explain) {
                    workGap = Message.owned("path.gap.professionalYears", requiredWork, worked);
                }
                passesOn = max(passesOn, Years.completeOn(start, requiredWork));
            }
        }
        LocalDate passes = met ? LadderCheck.NOW : onlyTime ? passesOn : null;
        if (!explain) {
            return passes;
        }
        if (eased) {
            facts[n++] = "yearsReducedBy";
            facts[n++] = reduction;
        }
        out[at] = new Finding(words.ids()[route.ordinal()], words.clauses(), met ? Outcome.PASSED : Outcome.FAILED,
                Facts.first(n / 2, facts), met ? (eased ? words.passedEased() : words.passed())
                        : words.failed(educationGap, titleGap, workGap, eased),
                Optional.empty(), met || !onlyTime ? Optional.empty() : Optional.of(passesOn), path.provisional(),
                List.of(), evidence(educationId, titleId));
        return passes;
    }

    /** The gaps that are there, in order. */
    private static List<Message> gaps(Message education, Message title, Message work) {
        if (education == null) {
            return title == null ? List.of(work) : work == null ? List.of(title) : List.of(title, work);
        }
        if (title == null) {
            return work == null ? List.of(education) : List.of(education, work);
        }
        return work == null ? List.of(education, title) : List.of(education, title, work);
    }

    private static List<String> evidence(String education, String title) {
        if (education == null) {
            return title == null ? List.of() : List.of(title);
        }
        return title == null ? List.of(education) : List.of(education, title);
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

    /**
     * The gaps in words; with training the eased years are said beside the base requirement (五(二)6). A path met is
     * said the same way every time ({@link Words}).
     */
    private static Message message(List<Message> gaps, Message requirement, boolean eased) {
        return Message.owned(eased ? "path.failedEased" : "path.failed", requirement, gaps);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
