package cn.zhicheng.core.decision;

import cn.zhicheng.core.applicant.ApplicantFile;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The canonical form of an applicant's dossier as validated (every evidence id included, derived ones written
 * out), and its SHA-256: what a decision names as its input, and what re-evaluation reads back.
 */
public final class InputDigest {

    private InputDigest() {
    }

    public static JsonNode tree(ApplicantFile applicant) {
        return WireJson.MAPPER.valueToTree(applicant);
    }

    /** The canonical JSON bytes of the dossier; reading them back gives the same dossier. */
    public static byte[] canonical(ApplicantFile applicant) {
        return CanonicalJson.bytes(tree(applicant));
    }

    public static String sha256(ApplicantFile applicant) {
        return CanonicalJson.sha256(canonical(applicant));
    }
}
