package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * The canonical document an act decided on or produced (a decision record, a tally, a certificate), either by its
 * SHA-256 alone, when the document is kept elsewhere, or embedded in canonical JSON, when the trace must carry it.
 * Both name what kind of document it is.
 */
public sealed interface Document {

    String kind();

    /** SHA-256 of the document's canonical JSON. */
    String sha256();

    record Digest(String kind, String sha256) implements Document {
        public Digest {
            requireNonNull(kind, "kind is null");
            if (!WireReader.isSha256(sha256)) {
                throw new IllegalArgumentException("not a SHA-256: " + sha256);
            }
        }
    }

    /** A document embedded as its canonical JSON text; its digest is computed, never typed. */
    record Embedded(String kind, String canonicalJson) implements Document {
        public Embedded {
            requireNonNull(kind, "kind is null");
            requireNonNull(canonicalJson, "canonicalJson is null");
        }

        public static Embedded of(String kind, JsonNode json) {
            return new Embedded(kind, new String(CanonicalJson.bytes(json), StandardCharsets.UTF_8));
        }

        @Override
        public String sha256() {
            return CanonicalJson.sha256(canonicalJson.getBytes(StandardCharsets.UTF_8));
        }
    }
}
