package cn.zhicheng.core.eligibility;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.Certificates;
import cn.zhicheng.core.applicant.Degree;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.criteria.ScoreItem;
import cn.zhicheng.core.criteria.ScoreScheme;
import cn.zhicheng.core.policy.Clause;
import java.time.LocalDate;
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

    /** The line that says ethics is assessed by the recommender, not scored: the same in every score. */
    private static final Score.Line ETHICS = new Score.Line(ETHICS_LINE, new Clause("五(一)1; 六(二)"),
            Message.owned("score.ethics"), 0, false);

    static Score score(Subject s, ScoreScheme scheme) {
        List<ScoreItem> items = scheme.items();
        Score.Line[] lines = new Score.Line[items.size() + 1];
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            lines[i] = line(s, items.get(i));
            total += lines[i].points();
        }
        lines[items.size()] = ETHICS;
        return new Score(Owned.of(lines), total);
    }

    private static Score.Line line(Subject s, ScoreItem item) {
        ApplicantFile a = s.applicant();
        LocalDate asOf = s.asOf();
        // Java 17 has no pattern switch; the permitted subtypes are exhausted here in order.
        if (item instanceof ScoreItem.ForEducation e) {
            Degree degree = s.degree();
            int at = degree == null ? 0 : degree.ordinal() + 1;
            Score.Line said = said(item, at);
            if (said != null) {
                return said;
            }
            int points = degree == null ? 0 : e.points().getOrDefault(degree, 0);
            return remember(item, at,
                    line(item, points, Message.owned("score.education", degree == null ? "-" : degree)));
        } else if (item instanceof ScoreItem.ForYears y) {
            int years = s.worked();
            Score.Line said = said(item, years);
            if (said != null) {
                return said;
            }
            return remember(item, years,
                    line(item, Math.min(y.max(), years * y.perYear()), Message.owned("score.years", years)));
        } else if (item instanceof ScoreItem.ForWorks w) {
            long works = 0;
            List<RepresentativeWork> all = a.works();
            for (int i = 0; i < all.size(); i++) {
                works += all.get(i).date().isAfter(asOf) ? 0 : 1;
            }
            Score.Line said = said(item, works);
            if (said != null) {
                return said;
            }
            return remember(item, works,
                    line(item, (int) Math.min(w.max(), works * w.perWork()), Message.owned("score.works", works)));
        }
        ScoreItem.ForCertificates c = (ScoreItem.ForCertificates) item;
        Certificates certs = a.certificates();
        int credits = c.creditsPerPoint() == 0 ? 0 : certs.continuingEducationCredits() / c.creditsPerPoint();
        int points = certs.foreignLanguage().size() * c.perForeignLanguage()
                + certs.computer().size() * c.perComputer() + credits;
        return line(item, Math.min(c.max(), points), Message.owned("score.certificates",
                certs.foreignLanguage().size(), certs.computer().size(), certs.continuingEducationCredits()));
    }

    private static Score.Line line(ScoreItem item, int points, Message message) {
        return new Score.Line(item.id(), CITATIONS.get(item), message, points, item.provisional());
    }

    /**
     * The lines an item has given, by the one value it counts (the degree, the years, the works): the same value
     * always gives the same line, so each is made once. Two evaluations that make the same line at once both store
     * an equal one.
     */
    private static final int SAID = 64;
    private static final Memo<ScoreItem, Score.Line[]> LINES = new Memo<>(item -> new Score.Line[SAID], 4096);

    private static Score.Line said(ScoreItem item, long value) {
        return value >= 0 && value < SAID ? LINES.get(item)[(int) value] : null;
    }

    private static Score.Line remember(ScoreItem item, long value, Score.Line line) {
        if (value >= 0 && value < SAID) {
            LINES.get(item)[(int) value] = line;
        }
        return line;
    }

    /** A score item's clause, the same for every score it gives. */
    private static final Memo<ScoreItem, Clause> CITATIONS = new Memo<>(ScoreItem::citation, 4096);
}
