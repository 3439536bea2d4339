package cn.zhicheng.core.review.committee;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A review session of one field at one level (七(三)) and the applications it reviews, kept in application-id order
 * so that the session reads the same however its applications were gathered.
 */
public record Session(String sessionId, String field, Level level, List<Applicant> applications) {

    public Session {
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        applications = applications.stream().sorted(Comparator.comparing(Applicant::applicationId)).toList();
        Set<String> ids = new HashSet<>();
        for (Applicant a : applications) {
            if (!ids.add(a.applicationId())) {
                throw new IllegalArgumentException("application " + a.applicationId() + " appears twice");
            }
        }
    }
}
