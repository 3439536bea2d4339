package cn.zhicheng.app.service;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.policy.Level;

/** What an applicant submits (六(一)): an application id, the round, the field and level applied for, the dossier. */
public record Submission(String id, String roundId, String field, Level level, ApplicantFile dossier) {

    public Submission {
        requireNonNull(id, "id is null");
        requireNonNull(roundId, "roundId is null");
        requireNonNull(field, "field is null");
        requireNonNull(level, "level is null");
        requireNonNull(dossier, "dossier is null");
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("an application id has 1 to 64 characters");
        }
    }
}
