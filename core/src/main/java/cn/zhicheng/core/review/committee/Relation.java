package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

/**
 * A relation an expert declares to a person, named by that person's resident ID number — the applicant's identity,
 * the one thing that stays the same across applications (决定 D-9).
 *
 * @param kinship what that person is to the expert
 */
public record Relation(String idNumber, Kinship kinship) {

    public Relation {
        requireNonNull(idNumber, "idNumber is null");
        requireNonNull(kinship, "kinship is null");
        if (idNumber.isBlank()) {
            throw new IllegalArgumentException("idNumber is blank");
        }
    }
}
