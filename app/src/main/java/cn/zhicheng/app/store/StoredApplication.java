package cn.zhicheng.app.store;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.stage.Stage;
import java.time.Instant;
import java.util.Optional;

/**
 * An application as stored: its round, field and level, the dossier's SHA-256 (its canonical JSON is kept beside
 * it), the stage it stands at, and the version every change must name (optimistic locking).
 *
 * @param applicant the id of the applicant who submitted it (五(三)1); empty for an application stored before the
 *                  store recorded it (schema 7), whose submitter the audit chain names
 */
public record StoredApplication(String id, String roundId, String field, Level level, String dossierSha256,
                                Stage stage, long version, Instant createdAt, Instant updatedAt,
                                Optional<String> applicant) {

    public StoredApplication {
        requireNonNull(id, "id is null");
        requireNonNull(roundId, "roundId is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(dossierSha256, "dossierSha256 is null");
        requireNonNull(stage, "stage is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(applicant, "applicant is null");
    }
}
