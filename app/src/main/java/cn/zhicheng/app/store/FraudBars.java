package cn.zhicheng.app.store;

import cn.zhicheng.core.calendar.FraudBar;
import cn.zhicheng.core.certificate.CertificateNumber;
import cn.zhicheng.core.certificate.Holder;
import cn.zhicheng.core.applicant.Masking;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * The bars on applying after a revocation for fraud (决定 D-13), kept against the holder as the certificate shows
 * them: the masked ID number and its PBKDF2 digest, salted with the certificate number — never the number itself.
 * Finding a person's bars narrows by the masked number, then checks each digest.
 */
public final class FraudBars {

    /** Stores the bar of a revoked certificate's holder. */
    public void insert(Handle h, CertificateNumber number, Holder holder, FraudBar bar) {
        h.createUpdate("INSERT INTO fraud_bar (cert_number, holder_name, masked_id_number, id_number_digest,"
                        + " revoked_on, barred_through, decision_ref) VALUES (:n, :name, :masked, :digest, :on,"
                        + " :through, :decision)")
                .bind("n", number.value())
                .bind("name", holder.name())
                .bind("masked", holder.maskedIdNumber())
                .bind("digest", holder.idNumberDigest())
                .bind("on", bar.revokedOn())
                .bind("through", bar.lastBarredDay())
                .bind("decision", bar.decisionReference())
                .execute();
    }

    /**
     * The masked ID numbers, of these people's, that any bar is stored under, in one query per thousand: a person
     * whose masked number is not among them has no bar, and {@link #of} need not be asked.
     */
    public Set<String> maskedWithBars(Handle h, Collection<String> idNumbers) {
        Set<String> masked = new TreeSet<>();
        idNumbers.forEach(n -> masked.add(Masking.middle(n, 6, 4)));
        Set<String> found = new HashSet<>();
        for (List<String> part : Applications.parts(masked)) {
            h.createQuery("SELECT DISTINCT masked_id_number FROM fraud_bar WHERE masked_id_number IN (<ids>)")
                    .bindList("ids", part)
                    .mapTo(String.class)
                    .forEach(found::add);
        }
        return found;
    }

    /** The bars on the person with this ID number, the one that runs longest first. */
    public List<FraudBar> of(Handle h, String idNumber) {
        String masked = Masking.middle(idNumber, 6, 4);
        return h.createQuery("SELECT * FROM fraud_bar WHERE masked_id_number = :masked ORDER BY cert_number")
                .bind("masked", masked)
                .map((rs, ctx) -> {
                    CertificateNumber number = new CertificateNumber(rs.getString("cert_number"));
                    Holder holder = new Holder(rs.getString("holder_name"), rs.getString("masked_id_number"),
                            rs.getString("id_number_digest"));
                    return holder.isIdNumber(idNumber, number)
                            ? Optional.of(new FraudBar(rs.getObject("revoked_on", LocalDate.class),
                                    rs.getString("decision_ref")))
                            : Optional.<FraudBar>empty();
                })
                .list().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(FraudBar::lastBarredDay).reversed())
                .toList();
    }
}
