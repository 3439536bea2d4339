package cn.zhicheng.core.certificate;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Text;
import java.util.List;

/**
 * Who issues a certificate. 六(六) has the provincial office issue them; 四 foresees delegating review authority
 * to associations, and 决定 D-12 lets an association issue certificates for exactly its delegated scope — its
 * certificate then names the delegation, and the filing (备案) of its results with the provincial office (六(六)).
 */
public sealed interface IssuingBody {

    Text name();

    /** The clauses under which this body issues, derived from what it is. */
    List<Clause> clauses();

    record ProvincialOffice(Text name) implements IssuingBody {

        /** 吉林省人力资源和社会保障厅, the office of 四 and 六(六). */
        public static final ProvincialOffice JILIN = new ProvincialOffice(new Text("吉林省人力资源和社会保障厅",
                "Department of Human Resources and Social Security of Jilin Province"));

        public ProvincialOffice {
            requireNonNull(name, "name is null");
        }

        @Override
        public List<Clause> clauses() {
            return List.of(Clause.notice("六(六)"));
        }
    }

    /** An association acting under the delegation {@code delegation}, its results filed as {@code filing}. */
    record Association(Text name, String delegation, String filing) implements IssuingBody {

        public Association {
            requireNonNull(name, "name is null");
            requireNonNull(delegation, "delegation is null");
            requireNonNull(filing, "filing is null");
            if (delegation.isBlank() || filing.isBlank()) {
                throw new IllegalArgumentException("an association's certificate names its delegation and filing"
                        + " (四, 六(六), 决定 D-12)");
            }
        }

        @Override
        public List<Clause> clauses() {
            return List.of(Clause.notice("六(六)"), Clause.notice("四"), Clause.decision(12));
        }
    }
}
