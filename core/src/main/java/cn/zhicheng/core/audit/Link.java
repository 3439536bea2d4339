package cn.zhicheng.core.audit;

import static java.util.Objects.requireNonNull;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * One link of the chain: an entry's number, the hash of the entry before it, and digests of its subject and of its
 * content. An entry's hash is the SHA-256 of this link's canonical JSON, so it covers everything the entry says
 * (through the content digest) without needing the content itself: a trace can show another application's entry
 * by its link alone, and a verifier still recomputes its hash — and sees from the subject digest that it belongs
 * to someone else.
 */
public record Link(long sequence, String previousHash, String subjectSha256, String contentSha256) {

    public Link {
        if (sequence < 1) {
            throw new IllegalArgumentException("entries are numbered from 1, not " + sequence);
        }
        requireNonNull(previousHash, "previousHash is null");
        if (!WireReader.isSha256(previousHash) || !WireReader.isSha256(subjectSha256)
                || !WireReader.isSha256(contentSha256)) {
            throw new IllegalArgumentException("a link holds SHA-256 digests only");
        }
    }

    /** The hash of the entry this link stands for. */
    public String hash() {
        return CanonicalJson.sha256(tree());
    }

    public ObjectNode tree() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sequence", sequence);
        node.put("previousHash", previousHash);
        node.put("subjectSha256", subjectSha256);
        node.put("contentSha256", contentSha256);
        return node;
    }

    static Link read(WireReader in) {
        if (in.number("sequence") < 1) {
            throw new IllegalArgumentException(in.at("sequence") + " must be 1 or more");
        }
        return new Link(in.number("sequence"), in.sha256("previousHash"), in.sha256("subjectSha256"),
                in.sha256("contentSha256"));
    }

    /** The digest of a subject as links carry it. */
    public static String subjectSha256(String subject) {
        return CanonicalJson.sha256(subject.getBytes(StandardCharsets.UTF_8));
    }
}
