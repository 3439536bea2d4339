package cn.zhicheng.app.store;

import cn.zhicheng.core.policy.Level;
import cn.zhicheng.core.review.stage.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ObjectArgument;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The applications and their stages. Every method works inside the caller's transaction ({@link Handle}), so a
 * service stores the new stage and its audit entry together or not at all (design.md, principle 5).
 */
public final class Applications {

    private static final String COLUMNS = "id, round_id, field_code, title_level, dossier_sha256, stage, version,"
            + " created_at, updated_at, applicant_id";

    public Optional<StoredApplication> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM application WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    /** How many ids one query of a bulk read names at most. */
    static final int IN_LIST = 1_000;

    /**
     * The stored applications of these ids, read with one query per thousand ids instead of one per application;
     * an id that is not stored is absent from the map.
     */
    public Map<String, StoredApplication> findAll(Handle h, Collection<String> ids) {
        Map<String, StoredApplication> found = new HashMap<>();
        for (List<String> part : parts(ids)) {
            h.createQuery("SELECT " + COLUMNS + " FROM application WHERE id IN (<ids>)")
                    .bindList("ids", part)
                    .map((rs, ctx) -> row(rs))
                    .forEach(a -> found.put(a.id(), a));
        }
        return found;
    }

    /** The rounds these applications belong to, by id; an id that is not stored adds none. */
    public TreeSet<String> roundIds(Handle h, Collection<String> ids) {
        TreeSet<String> rounds = new TreeSet<>();
        for (List<String> part : parts(ids)) {
            h.createQuery("SELECT DISTINCT round_id FROM application WHERE id IN (<ids>)")
                    .bindList("ids", part)
                    .mapTo(String.class)
                    .forEach(rounds::add);
        }
        return rounds;
    }

    /** The canonical JSON of the dossiers as submitted, by application id, read as {@link #findAll} reads. */
    public Map<String, String> dossiers(Handle h, Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        for (List<String> part : parts(ids)) {
            h.createQuery("SELECT id, dossier_json FROM application WHERE id IN (<ids>)")
                    .bindList("ids", part)
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("dossier_json")))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /** The ids, without repeats, in parts of at most {@value #IN_LIST}; none for none. */
    static List<List<String>> parts(Collection<String> ids) {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            parts.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return parts;
    }

    /** The canonical JSON of the dossier as submitted. */
    public Optional<String> dossier(Handle h, String id) {
        return h.createQuery("SELECT dossier_json FROM application WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    /** A new application as {@link #insert} stores it; {@link Inserts} stores many together. */
    public record New(String id, String roundId, String field, Level level, String dossierJson, String dossierSha256,
                      Stage stage, Instant at, String applicant, Optional<String> recommenderName) {

        /** The application as stored once inserted: version 1, created and updated now. */
        public StoredApplication stored() {
            return new StoredApplication(id, roundId, field, level, dossierSha256, stage, 1, at, at,
                    Optional.of(applicant));
        }
    }

    /**
     * New applications inserted together as one batch of statements by {@link #write}, in the caller's transaction;
     * a second insert of one id fails the batch on the primary key, as {@link #insert} fails.
     */
    public static final class Inserts {
        private final Handle h;
        private final List<New> pending = new ArrayList<>();

        public Inserts(Handle h) {
            this.h = h;
        }

        public StoredApplication add(New a) {
            pending.add(a);
            return a.stored();
        }

        public void write() {
            if (pending.isEmpty()) {
                return;
            }
            PreparedBatch batch = h.prepareBatch(INSERT);
            pending.forEach(a -> bindNew(batch, a).add());
            batch.execute();
            pending.clear();
        }
    }

    private static final String INSERT = "INSERT INTO application (" + COLUMNS + ", dossier_json,"
            + " recommender_name) VALUES (:id, :round, :field, :level, :sha, :stage, 1, :at, :at, :applicant, :json,"
            + " :recommender)";

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindNew(S statement, New a) {
        return statement
                .bind("applicant", a.applicant())
                .bind("recommender", a.recommenderName().orElse(null))
                .bind("id", a.id())
                .bind("round", a.roundId())
                .bind("field", a.field())
                .bind("level", a.level().name())
                .bind("sha", a.dossierSha256())
                .bind("stage", a.stage().name())
                .bind("at", utc(a.at()))
                .bind("json", a.dossierJson());
    }

    /**
     * Stores a new application at {@code stage}, version 1, with the applicant who submitted it and the recommender
     * its dossier names, if any (五(三)1, 六(一)). A second insert of one id fails on the primary key.
     */
    public StoredApplication insert(Handle h, String id, String roundId, String field, Level level,
                                    String dossierJson, String dossierSha256, Stage stage, Instant at,
                                    String applicant, Optional<String> recommenderName) {
        New a = new New(id, roundId, field, level, dossierJson, dossierSha256, stage, at, applicant,
                recommenderName);
        bindNew(h.createUpdate(INSERT), a).execute();
        return a.stored();
    }

    /** The recommender the stored dossier names, as recorded at submission or resubmission (schema 7 on). */
    public Optional<String> recommenderName(Handle h, String id) {
        return h.createQuery("SELECT recommender_name FROM application WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
    }

    /** Records the recommender a resubmitted dossier names, in the caller's transaction. */
    public void recommender(Handle h, String id, Optional<String> recommenderName) {
        h.createUpdate("UPDATE application SET recommender_name = :recommender WHERE id = :id")
                .bind("recommender", recommenderName.orElse(null))
                .bind("id", id)
                .execute();
    }

    /**
     * Moves an application from the version it was read at; false when another act changed it since (zero rows
     * updated), so the caller's act lost the race and must not land.
     */
    public boolean moveStage(Handle h, String id, long readVersion, Stage to, Instant at) {
        int rows = h.createUpdate("UPDATE application SET stage = :stage, version = version + 1, updated_at = :at"
                        + " WHERE id = :id AND version = :version")
                .bind("stage", to.name())
                .bind("at", utc(at))
                .bind("id", id)
                .bind("version", readVersion)
                .execute();
        return rows == 1;
    }

    /**
     * Moves of many applications, each from the version it was read at, sent together as one batch of statements in
     * the caller's transaction by {@link #apply}: what {@link #moveStage} does for one, for a batch of acts.
     */
    public static final class Moves {
        private final Handle h;
        private final List<String> ids = new ArrayList<>();
        private PreparedBatch batch;

        public Moves(Handle h) {
            this.h = h;
        }

        /** Adds the move of {@code id} from {@code readVersion} to {@code to}; nothing is written yet. */
        public void add(String id, long readVersion, Stage to, Instant at) {
            if (batch == null) {
                batch = h.prepareBatch("UPDATE application SET stage = :stage, version = version + 1,"
                        + " updated_at = :at WHERE id = :id AND version = :version");
            }
            batch.bind("stage", to.name()).bind("at", utc(at)).bind("id", id).bind("version", readVersion).add();
            ids.add(id);
        }

        /**
         * Writes the moves added since the last call; false when any application changed since it was read (a
         * move updated no row), so the caller's batch lost a race and must not land.
         */
        public boolean apply() {
            if (ids.isEmpty()) {
                return true;
            }
            int[] rows = batch.execute();
            ids.clear();
            batch = null;
            for (int r : rows) {
                if (r != 1) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Instants are written in UTC (决定 D-14), typed so neither driver applies the JVM's time zone. */
    static Argument utc(Instant at) {
        return ObjectArgument.of(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static StoredApplication row(ResultSet rs) throws SQLException {
        return new StoredApplication(rs.getString("id"), rs.getString("round_id"), rs.getString("field_code"),
                Level.valueOf(rs.getString("title_level")), rs.getString("dossier_sha256"),
                Stage.valueOf(rs.getString("stage")), rs.getLong("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"), Optional.ofNullable(rs.getString("applicant_id")));
    }
}
