package cn.zhicheng.app.store;

import cn.zhicheng.core.decision.CanonicalJson;
import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.committee.Applicant;
import cn.zhicheng.core.review.committee.DrawRecord;
import cn.zhicheng.core.review.committee.DrawResult;
import cn.zhicheng.core.review.committee.DrawSeed;
import cn.zhicheng.core.review.committee.EvaluationMethod;
import cn.zhicheng.core.review.committee.Exclusion;
import cn.zhicheng.core.review.committee.ReviewGroup;
import cn.zhicheng.core.review.committee.ReviewGroups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Review sessions (七(三)), their applications, the committee draw with every exclusion and the review groups
 * (决定 D-7, D-8, D-9), the methods used (五(一)2) and the attendance (决定 D-7). Every method works in the caller's
 * transaction; lists come out in id order, never in the order rows happen to be stored.
 */
public final class Sessions {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String COLUMNS = "id, field_code, title_level, committee_size, group_size, phase,"
            + " result_sha256, opened_at";

    /** A stored draw: the record as canonical JSON and its digest, and the review groups. */
    public record StoredDraw(String recordJson, String recordSha256, ReviewGroups groups, Instant drawnAt) {

        public DrawResult result() {
            return DrawRecord.read(tree(recordJson));
        }
    }

    public void insert(Handle h, StoredSession s, List<String> applications) {
        h.createUpdate("INSERT INTO review_session (" + COLUMNS + ") VALUES (:id, :field, :level, :size, :group,"
                        + " :phase, NULL, :at)")
                .bind("id", s.id())
                .bind("field", s.field())
                .bind("level", s.level().name())
                .bind("size", s.committeeSize())
                .bind("group", s.groupSize())
                .bind("phase", s.phase().name())
                .bind("at", Applications.utc(s.openedAt()))
                .execute();
        PreparedBatch batch = h.prepareBatch("INSERT INTO session_application (session_id, application_id)"
                + " VALUES (:session, :application)");
        applications.stream().sorted().forEach(a -> batch.bind("session", s.id()).bind("application", a).add());
        batch.execute();
    }

    public Optional<StoredSession> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM review_session WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /**
     * The session, its row locked until the caller's transaction ends: the acts of one session (ballots, closing
     * the box, confirmations) are taken one after another, so no ballot slips in after the box is closed.
     */
    public Optional<StoredSession> lock(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM review_session WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /** Moves the session on from {@code from}; false when it is no longer there. */
    public boolean advance(Handle h, String id, StoredSession.Phase from, StoredSession.Phase to) {
        return h.createUpdate("UPDATE review_session SET phase = :to WHERE id = :id AND phase = :from")
                .bind("to", to.name())
                .bind("id", id)
                .bind("from", from.name())
                .execute() == 1;
    }

    public void result(Handle h, String id, String sha256) {
        h.createUpdate("UPDATE review_session SET result_sha256 = :sha WHERE id = :id")
                .bind("sha", sha256)
                .bind("id", id)
                .execute();
    }

    /** The session's applications, by id. */
    public List<String> applications(Handle h, String id) {
        return h.createQuery("SELECT application_id FROM session_application WHERE session_id = :id"
                        + " ORDER BY application_id")
                .bind("id", id)
                .mapTo(String.class)
                .list();
    }

    /** The rounds of the session's stored applications, by id, read in one query. */
    public SortedSet<String> roundIds(Handle h, String id) {
        return new TreeSet<>(h.createQuery("SELECT DISTINCT a.round_id FROM application a JOIN session_application s"
                        + " ON s.application_id = a.id WHERE s.session_id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .list());
    }

    /** The session an application is reviewed by, if any. */
    public Optional<String> sessionOf(Handle h, String applicationId) {
        return h.createQuery("SELECT session_id FROM session_application WHERE application_id = :a")
                .bind("a", applicationId)
                .mapTo(String.class)
                .findOne();
    }

    /** The session each of these applications is reviewed by, for those in one, read in one query per thousand. */
    public Map<String, String> sessionsOf(Handle h, Collection<String> applicationIds) {
        Map<String, String> found = new HashMap<>();
        for (List<String> part : Applications.parts(applicationIds)) {
            h.createQuery("SELECT application_id, session_id FROM session_application WHERE application_id IN (<ids>)")
                    .bindList("ids", part)
                    .map((rs, ctx) -> Map.entry(rs.getString("application_id"), rs.getString("session_id")))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /**
     * The session's applicants as recusal sees them (决定 D-9): each application's applicant ID number and
     * employer's code, read from the stored dossiers in one query.
     */
    public List<Applicant> applicants(Handle h, String id) {
        return h.createQuery("SELECT a.id, a.dossier_json FROM application a JOIN session_application s"
                        + " ON s.application_id = a.id WHERE s.session_id = :id ORDER BY a.id")
                .bind("id", id)
                .map((rs, ctx) -> applicant(rs.getString("id"), rs.getString("dossier_json")))
                .list();
    }

    /** An application's applicant as recusal sees them, from the dossier's canonical JSON. */
    public static Applicant applicant(String applicationId, String dossierJson) {
        JsonNode dossier = tree(dossierJson);
        JsonNode code = dossier.path("employment").path("employerCreditCode");
        return new Applicant(applicationId, dossier.path("identity").path("idNumber").asText(""),
                code.isTextual() ? Optional.of(code.textValue()) : Optional.empty());
    }

    /** Stores the draw: its record, the members, every exclusion with its reason, and the review groups. */
    public void saveDraw(Handle h, DrawResult draw, ReviewGroups groups, Instant at) {
        String sessionId = draw.session().sessionId();
        byte[] record = DrawRecord.bytes(draw);
        h.createUpdate("INSERT INTO committee_draw (session_id, algorithm, seed, record_json, record_sha256,"
                        + " group_algorithm, group_seed, groups_json, drawn_at) VALUES (:session, :algorithm, :seed,"
                        + " :record, :sha, :galgorithm, :gseed, :groups, :at)")
                .bind("session", sessionId)
                .bind("algorithm", draw.seed().algorithm())
                .bind("seed", draw.seed().seed())
                .bind("record", new String(record, StandardCharsets.UTF_8))
                .bind("sha", CanonicalJson.sha256(record))
                .bind("galgorithm", groups.seed().algorithm())
                .bind("gseed", groups.seed().seed())
                .bind("groups", groupsJson(groups))
                .bind("at", Applications.utc(at))
                .execute();
        PreparedBatch members = h.prepareBatch("INSERT INTO committee_member (session_id, expert_id)"
                + " VALUES (:session, :expert)");
        draw.committee().stream().sorted().forEach(m -> members.bind("session", sessionId).bind("expert", m).add());
        members.execute();
        if (draw.exclusions().isEmpty()) {
            return;
        }
        PreparedBatch exclusions = h.prepareBatch("INSERT INTO draw_exclusion (session_id, expert_id,"
                + " application_id, reason_key, reason_args, clauses) VALUES (:session, :expert, :application,"
                + " :key, :args, :clauses)");
        for (Exclusion x : draw.exclusions()) {
            ArrayNode args = JsonNodeFactory.instance.arrayNode();
            x.reason().args().forEach(a -> args.add(a instanceof Enum<?> e ? e.name() : String.valueOf(a)));
            exclusions.bind("session", sessionId)
                    .bind("expert", x.expertId())
                    .bind("application", x.applicationId().orElse(""))
                    .bind("key", x.reason().key())
                    .bind("args", new String(CanonicalJson.bytes(args), StandardCharsets.UTF_8))
                    .bind("clauses", x.clauses().stream().map(c -> c.ref()).collect(Collectors.joining("; ")))
                    .add();
        }
        exclusions.execute();
    }

    public Optional<StoredDraw> draw(Handle h, String sessionId) {
        return h.createQuery("SELECT record_json, record_sha256, group_algorithm, group_seed, groups_json, drawn_at"
                        + " FROM committee_draw WHERE session_id = :session")
                .bind("session", sessionId)
                .map((rs, ctx) -> new StoredDraw(rs.getString("record_json"), rs.getString("record_sha256"),
                        groups(new DrawSeed(rs.getString("group_algorithm"), rs.getLong("group_seed")),
                                rs.getString("groups_json")), Applications.instant(rs, "drawn_at")))
                .findOne();
    }

    /** The committee's members, by id. */
    public SortedSet<String> members(Handle h, String sessionId) {
        return new TreeSet<>(h.createQuery("SELECT expert_id FROM committee_member WHERE session_id = :s")
                .bind("s", sessionId)
                .mapTo(String.class)
                .list());
    }

    /** One stored exclusion: the expert, the application it concerns ('' for none), the reason key and arguments. */
    public record StoredExclusion(String expertId, String applicationId, String reasonKey, String reasonArgs,
                                  String clauses) {
    }

    public List<StoredExclusion> exclusions(Handle h, String sessionId) {
        return h.createQuery("SELECT expert_id, application_id, reason_key, reason_args, clauses FROM draw_exclusion"
                        + " WHERE session_id = :s ORDER BY expert_id, application_id")
                .bind("s", sessionId)
                .map((rs, ctx) -> new StoredExclusion(rs.getString("expert_id"), rs.getString("application_id"),
                        rs.getString("reason_key"), rs.getString("reason_args"), rs.getString("clauses")))
                .list();
    }

    public void saveAttendance(Handle h, String sessionId, Set<String> present, Set<EvaluationMethod> methods) {
        PreparedBatch p = h.prepareBatch("INSERT INTO session_attendance (session_id, expert_id)"
                + " VALUES (:s, :e)");
        present.stream().sorted().forEach(e -> p.bind("s", sessionId).bind("e", e).add());
        p.execute();
        PreparedBatch m = h.prepareBatch("INSERT INTO session_method (session_id, method) VALUES (:s, :m)");
        methods.stream().sorted().forEach(x -> m.bind("s", sessionId).bind("m", x.name()).add());
        m.execute();
    }

    public SortedSet<String> present(Handle h, String sessionId) {
        return new TreeSet<>(h.createQuery("SELECT expert_id FROM session_attendance WHERE session_id = :s")
                .bind("s", sessionId)
                .mapTo(String.class)
                .list());
    }

    public Set<EvaluationMethod> methods(Handle h, String sessionId) {
        Set<EvaluationMethod> methods = EnumSet.noneOf(EvaluationMethod.class);
        h.createQuery("SELECT method FROM session_method WHERE session_id = :s")
                .bind("s", sessionId)
                .mapTo(String.class)
                .forEach(m -> methods.add(EvaluationMethod.valueOf(m)));
        return methods;
    }

    /** The review groups in canonical JSON: number, members in the order dealt, applications. */
    public static String groupsJson(ReviewGroups groups) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("algorithm", groups.seed().algorithm());
        node.put("seed", groups.seed().seed());
        node.put("groupSize", groups.groupSize());
        ArrayNode array = node.putArray("groups");
        for (ReviewGroup g : groups.groups()) {
            ObjectNode n = array.addObject();
            n.put("number", g.number());
            g.members().forEach(n.putArray("members")::add);
            g.applications().forEach(n.putArray("applications")::add);
        }
        return new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8);
    }

    static ReviewGroups groups(DrawSeed seed, String json) {
        JsonNode node = tree(json);
        List<ReviewGroup> groups = new ArrayList<>();
        for (JsonNode g : node.get("groups")) {
            List<String> members = new ArrayList<>();
            g.path("members").forEach(m -> members.add(m.asText()));
            List<String> applications = new ArrayList<>();
            g.path("applications").forEach(a -> applications.add(a.asText()));
            groups.add(new ReviewGroup(g.get("number").asInt(), members, applications));
        }
        return new ReviewGroups(seed, node.get("groupSize").asInt(), groups);
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoredSession row(ResultSet rs) throws SQLException {
        return new StoredSession(rs.getString("id"), rs.getString("field_code"),
                Level.valueOf(rs.getString("title_level")), rs.getInt("committee_size"), rs.getInt("group_size"),
                StoredSession.Phase.valueOf(rs.getString("phase")),
                Optional.ofNullable(rs.getString("result_sha256")), Applications.instant(rs, "opened_at"));
    }
}
