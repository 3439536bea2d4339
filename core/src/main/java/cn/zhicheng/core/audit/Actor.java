package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.Masking;

/**
 * Who acted, and in which role (an applicant, a recommender, an expert, the provincial office, ...). The id is the
 * actor's account id; the public sees it masked, since an expert's identity is part of what blind review hides.
 */
public record Actor(String id, String role) {

    public Actor {
        requireNonNull(id, "id is null");
        requireNonNull(role, "role is null");
        if (id.isBlank() || role.isBlank()) {
            throw new IllegalArgumentException("an actor has an id and a role");
        }
    }

    /** The id as readable text shows it: its first two and last two characters. */
    public String maskedId() {
        return Masking.middle(id, 2, 2);
    }
}
