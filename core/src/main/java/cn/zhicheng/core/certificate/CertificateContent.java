package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Title;
import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate says, and what is signed (六(六)): its number, the holder, the field, the title awarded (and
 * with it the series and level), the issuing body, the review session that decided, and the date of issue. Series,
 * level and clauses are derived, never typed; the number must agree with the title and the year of issue.
 */
public record CertificateContent(CertificateNumber number, Holder holder, DecisionRecord.FieldRef field,
                                 Title title, IssuingBody issuer, String session, LocalDate issuedOn) {

    /** The version of this content's shape; readers refuse other versions. */
    public static final int SCHEMA = 1;

    public CertificateContent {
        requireNonNull(number, "number is null");
        requireNonNull(holder, "holder is null");
        requireNonNull(field, "field is null");
        requireNonNull(title, "title is null");
        requireNonNull(issuer, "issuer is null");
        requireNonNull(session, "session is null");
        requireNonNull(issuedOn, "issuedOn is null");
        if (session.isBlank()) {
            throw new IllegalArgumentException("a certificate names the review session that decided");
        }
        if (field.series() != title.series()) {
            throw new IllegalArgumentException(title + " is not a title of the " + field.series() + " of "
                    + field.code() + " (二)");
        }
        if (number.series() != title.series() || number.level() != title.level()
                || number.year() != issuedOn.getYear()) {
            throw new IllegalArgumentException("certificate number " + number + " does not agree with " + title
                    + " issued on " + issuedOn);
        }
    }

    public Series series() {
        return title.series();
    }

    public Level level() {
        return title.level();
    }

    /** 六(六) for every certificate; for an association also 四 and 决定 D-12. */
    public List<Clause> clauses() {
        return issuer.clauses();
    }
}
