package cn.zhicheng.app.service;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.InputDigest;
import cn.zhicheng.core.policy.Level;
import java.nio.charset.StandardCharsets;

/**
 * The id of an application when the applicant gives none: {@code APP-} and the first 16 hex digits of the SHA-256
 * over the round, the field, the level and the dossier's canonical digest. The same dossier submitted to the same
 * round for the same field and level gets the same id, so a second submission is refused as repeated (六(一)); the
 * id reveals nothing of the person, since it is a digest of the whole dossier.
 */
public final class ApplicationIds {

    public static final String PREFIX = "APP-";

    private ApplicationIds() {
    }

    public static String derive(String roundId, String field, Level level, ApplicantFile dossier) {
        String joined = String.join("\u001f", roundId, field, level.name(), InputDigest.sha256(dossier));
        return PREFIX + CanonicalJson.sha256(joined.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
