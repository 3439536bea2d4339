package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Labelled;
import cn.zhicheng.core.policy.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The revocation of a certificate (决定 D-13): a separate record, signed like the certificate, because a certificate
 * once issued never changes. It names the certificate, the date, the ground and the decision that revoked it.
 */
public record Revocation(CertificateNumber number, LocalDate revokedOn, Ground ground, String decision) {

    /** Years a person is barred from applying after a revocation for fraud (决定 D-13). */
    static final int BAR_YEARS = 3;

    public Revocation {
        requireNonNull(number, "number is null");
        requireNonNull(revokedOn, "revokedOn is null");
        requireNonNull(ground, "ground is null");
        requireNonNull(decision, "decision is null");
        if (decision.isBlank()) {
            throw new IllegalArgumentException("a revocation names the decision that revoked (决定 D-13)");
        }
    }

    public List<Clause> clauses() {
        return ground.clauses;
    }

    /**
     * The last day of the bar on applying, for a revocation on grounds of fraud: three years counted as the Civil
     * Code counts periods (决定 D-22: the day after 29 February is reached on 28 February), barred through that day
     * and free from the next (决定 D-13).
     */
    public LocalDate barredThrough() {
        return revokedOn.plusYears(BAR_YEARS);
    }

    public enum Ground implements Labelled {
        /** Obtained by fraud (Order No. 40, 人社部发〔2024〕56号); bars a new application for three years. */
        FRAUD("以弄虚作假等不正当手段取得", "obtained by fraud",
                List.of(Clause.decision(13), new Clause("人社部发〔2024〕56号"))),
        /** Issued in error (a wrong name, title or field); a corrected certificate is issued under a new number. */
        ISSUED_IN_ERROR("证书信息有误，予以更正", "issued in error and corrected",
                List.of(Clause.decision(13), Clause.notice("六(六)")));

        private final String zh;
        private final String en;
        private final List<Clause> clauses;

        Ground(String zh, String en, List<Clause> clauses) {
            this.zh = zh;
            this.en = en;
            this.clauses = clauses;
        }

        @Override
        public Text label() {
            return new Text(zh, en);
        }
    }
}
