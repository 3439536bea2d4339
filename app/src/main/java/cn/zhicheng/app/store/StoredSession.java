package cn.zhicheng.app.store;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.policy.Level;
import java.time.Instant;
import java.util.Optional;

/**
 * A review session as stored (七(三)): its field and level, the committee and group sizes it was opened with, how far
 * it has come, and once the box is closed the SHA-256 of its result.
 */
public record StoredSession(String id, String field, Level level, int committeeSize, int groupSize, Phase phase,
                            Optional<String> resultSha256, Instant openedAt) {

    /** How far a session has come: opened, its committee drawn, its box open, its box closed. */
    public enum Phase { OPENED, DRAWN, VOTING, CLOSED }

    public StoredSession {
        requireNonNull(id, "id is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(phase, "phase is null");
        requireNonNull(resultSha256, "resultSha256 is null");
        requireNonNull(openedAt, "openedAt is null");
    }
}
