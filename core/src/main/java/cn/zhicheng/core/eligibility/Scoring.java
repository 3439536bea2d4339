package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.criteria.ScoreItem;
import cn.zhicheng.core.criteria.ScoreScheme;
import cn.zhicheng.core.policy.Clause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the quantified score lines, each citing the clause it implements; certificates count here and only here
 * (五(二)4). Ethics (品德, 五(一)1) is not something a score can measure: the recommender assesses it when it reviews
 * and recommends the application (六(二)), and the score says so in a line of its own that gives no points.
 */
final class Scoring {

    static final String ETHICS_LINE = "ethics-not-scored";

    private Scoring() {
    }

    static Score score(ApplicantFile a, ScoreScheme scheme, LocalDate asOf) {
        List<Score.Line> lines = new ArrayList<>(scheme.items().stream().map(item -> line(a, item, asOf)).toList());
        lines.add(new Score.Line(ETHICS_LINE, new Clause("五(一)1; 六(二)"), Message.of("score.ethics"), 0, false));
        return new Score(lines, lines.stream().mapToInt(Score.Line::points).sum());
    }

    private static Score.Line line(ApplicantFile a, ScoreItem item, LocalDate asOf) {
        // Java 17 has no pattern switch; the permitted subtypes are exhausted here in order.
        if (item instanceof ScoreItem.ForEducation e) {
            var degree = a.highestEducation(asOf).map(x -> x.degree());
            int points = degree.map(d -> e.points().getOrDefault(d, 0)).orElse(0);
            return line(item, points, Message.of("score.education", degree.map(d -> (Object) d).orElse("-")));
        } else if (item instanceof ScoreItem.ForYears y) {
            int years = Years.full(a.professionalWorkStart(), asOf);
            return line(item, Math.min(y.max(), years * y.perYear()), Message.of("score.years", years));
        } else if (item instanceof ScoreItem.ForWorks w) {
            long works = a.works().stream().filter(x -> !x.date().isAfter(asOf)).count();
            return line(item, (int) Math.min(w.max(), works * w.perWork()), Message.of("score.works", works));
        }
        ScoreItem.ForCertificates c = (ScoreItem.ForCertificates) item;
        Certificates certs = a.certificates();
        int credits = c.creditsPerPoint() == 0 ? 0 : certs.continuingEducationCredits() / c.creditsPerPoint();
        int points = certs.foreignLanguage().size() * c.perForeignLanguage()
                + certs.computer().size() * c.perComputer() + credits;
        return line(item, Math.min(c.max(), points), Message.of("score.certificates",
                certs.foreignLanguage().size(), certs.computer().size(), certs.continuingEducationCredits()));
    }

    private static Score.Line line(ScoreItem item, int points, Message message) {
        return new Score.Line(item.id(), item.citation(), message, points, item.provisional());
    }
}
