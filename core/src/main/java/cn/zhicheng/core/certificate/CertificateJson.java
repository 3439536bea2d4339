package cn.zhicheng.core.certificate;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Series;
import cn.zhicheng.core.policy.Text;
import cn.zhicheng.core.policy.Title;
import cn.zhicheng.core.wire.WireReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Certificate contents and revocations in canonical JSON and back. Each names its kind, so a signature over one can
 * never be passed off as a signature over the other. What is derived (series, level, the title's name, clauses) is
 * written for the human reader of a decoded QR code, and checked on reading: a document that disagrees with itself
 * is refused, naming the path.
 */
public final class CertificateJson {

    static final String CERTIFICATE = "zhicheng.certificate";
    static final String REVOCATION = "zhicheng.certificate.revocation";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private CertificateJson() {
    }

    public static byte[] bytes(CertificateContent content) {
        return CanonicalJson.bytes(tree(content));
    }

    public static byte[] bytes(Revocation revocation) {
        return CanonicalJson.bytes(tree(revocation));
    }

    public static ObjectNode tree(CertificateContent c) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", CERTIFICATE);
        node.put("schema", CertificateContent.SCHEMA);
        node.put("number", c.number().value());
        ObjectNode holder = node.putObject("holder");
        holder.put("name", c.holder().name());
        holder.put("maskedIdNumber", c.holder().maskedIdNumber());
        holder.put("idNumberDigest", c.holder().idNumberDigest());
        ObjectNode field = node.putObject("field");
        field.put("code", c.field().code());
        field.set("name", text(c.field().name()));
        field.put("series", c.field().series().name());
        field.put("annex", c.field().annex());
        node.put("series", c.series().name());
        node.put("level", c.level().name());
        node.put("title", c.title().name());
        node.set("titleName", text(c.title().label()));
        ObjectNode issuer = node.putObject("issuer");
        issuer.set("name", text(c.issuer().name()));
        if (c.issuer() instanceof IssuingBody.Association a) {
            issuer.put("type", "ASSOCIATION");
            issuer.put("delegation", a.delegation());
            issuer.put("filing", a.filing());
        } else {
            issuer.put("type", "PROVINCIAL_OFFICE");
        }
        node.put("session", c.session());
        node.put("issuedOn", c.issuedOn().toString());
        node.set("clauses", clauses(c.clauses()));
        return node;
    }

    public static ObjectNode tree(Revocation r) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", REVOCATION);
        node.put("schema", CertificateContent.SCHEMA);
        node.put("number", r.number().value());
        node.put("revokedOn", r.revokedOn().toString());
        node.put("ground", r.ground().name());
        node.put("decision", r.decision());
        node.set("clauses", clauses(r.clauses()));
        return node;
    }

    public static CertificateContent content(byte[] json) {
        return content(WireReader.parse(json));
    }

    public static Revocation revocation(byte[] json) {
        return revocation(WireReader.parse(json));
    }

    static CertificateContent content(WireReader in) {
        header(in, CERTIFICATE);
        CertificateNumber number = number(in);
        WireReader h = in.object("holder");
        WireReader f = in.object("field");
        Title title = in.term("title", Title.class);
        CertificateContent content;
        try {
            content = new CertificateContent(number,
                    new Holder(h.text("name"), h.text("maskedIdNumber"), h.text("idNumberDigest")),
                    new DecisionRecord.FieldRef(f.text("code"), text(f.object("name")), f.term("series", Series.class),
                            f.text("annex")),
                    title, issuer(in.object("issuer")), in.text("session"), in.date("issuedOn"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the certificate: " + e.getMessage());
        }
        agrees(in, "series", content.series().name());
        agrees(in, "level", content.level().name());
        if (!text(in.object("titleName")).equals(title.label())) {
            throw new IllegalArgumentException(in.at("titleName") + " is not the name of " + title.name());
        }
        clausesAgree(in, content.clauses());
        return content;
    }

    static Revocation revocation(WireReader in) {
        header(in, REVOCATION);
        Revocation r;
        try {
            r = new Revocation(number(in), in.date("revokedOn"), in.term("ground", Revocation.Ground.class),
                    in.text("decision"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the revocation: " + e.getMessage());
        }
        clausesAgree(in, r.clauses());
        return r;
    }

    private static void header(WireReader in, String kind) {
        if (!kind.equals(in.text("kind"))) {
            throw new IllegalArgumentException(in.at("kind") + " must be " + kind);
        }
        if (in.number("schema") != CertificateContent.SCHEMA) {
            throw new IllegalArgumentException(in.at("schema") + " " + in.number("schema")
                    + " is not supported (supported: " + CertificateContent.SCHEMA + ")");
        }
    }

    private static CertificateNumber number(WireReader in) {
        try {
            return new CertificateNumber(in.text("number"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(in.at("number") + ": " + e.getMessage());
        }
    }

    private static IssuingBody issuer(WireReader in) {
        Text name = text(in.object("name"));
        return switch (in.text("type")) {
            case "PROVINCIAL_OFFICE" -> new IssuingBody.ProvincialOffice(name);
            case "ASSOCIATION" -> new IssuingBody.Association(name, in.text("delegation"), in.text("filing"));
            default -> throw new IllegalArgumentException(in.at("type") + " must be PROVINCIAL_OFFICE or ASSOCIATION");
        };
    }

    private static void agrees(WireReader in, String key, String derived) {
        if (!in.text(key).equals(derived)) {
            throw new IllegalArgumentException(in.at(key) + " must be " + derived + ", as the title says");
        }
    }

    private static void clausesAgree(WireReader in, List<Clause> derived) {
        List<String> written = in.list("clauses", (n, p) -> {
            if (!n.isTextual()) {
                throw new IllegalArgumentException(p + " must be text");
            }
            return n.textValue();
        });
        if (!written.equals(derived.stream().map(Clause::ref).toList())) {
            throw new IllegalArgumentException(in.at("clauses") + " must be " + derived);
        }
    }

    private static ArrayNode clauses(List<Clause> clauses) {
        ArrayNode array = NODES.arrayNode();
        clauses.forEach(c -> array.add(c.ref()));
        return array;
    }

    private static ObjectNode text(Text t) {
        ObjectNode node = NODES.objectNode();
        node.put("zh", t.zh());
        node.put("en", t.en());
        return node;
    }

    private static Text text(WireReader in) {
        return new Text(in.text("zh"), in.text("en"));
    }
}
