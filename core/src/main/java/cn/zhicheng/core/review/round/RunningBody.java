package cn.zhicheng.core.review.round;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The body that runs a review round (四): the provincial office (省人力资源和社会保障厅, through its 专业技术人员管理处), or an
 * industry association to which the provincial office has delegated review authority (四, 决定 D-12).
 */
public sealed interface RunningBody {

    /** The association running the round, or empty for the provincial office. */
    Optional<String> association();

    /** The provincial office runs the round itself (四). */
    record ProvincialOffice() implements RunningBody {
        @Override
        public Optional<String> association() {
            return Optional.empty();
        }
    }

    /** An association runs the round under a delegation it holds (四, 决定 D-12). */
    record DelegatedAssociation(String associationId, String delegationId) implements RunningBody {
        public DelegatedAssociation {
            requireNonNull(associationId, "associationId is null");
            requireNonNull(delegationId, "delegationId is null");
        }

        @Override
        public Optional<String> association() {
            return Optional.of(associationId);
        }
    }
}
