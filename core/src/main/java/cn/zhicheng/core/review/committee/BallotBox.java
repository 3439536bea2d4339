package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The secret ballot of a session (七(二) 无记名投票; 决定 D-7, D-9), one immutable state after another.
 *
 * <p>Anonymity holds by construction: per application the box keeps <em>who</em> has voted as a set sorted by
 * member id, and <em>what</em> was cast as three counts. Nothing else is kept — no ballot, no order of casting, no
 * time, no sequence number — so two sessions in which the same members voted and the same votes were cast, by
 * whomever and in whatever order, leave boxes that are equal in every respect.
 *
 * <p>The box opens only on a quorate attendance; each present member who is not recused from an application casts
 * one ballot on it, in person (no proxy), once, and before the box is closed (no late ballot).
 */
public final class BallotBox {

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(二)"), Clause.decision(7));

    private final Attendance attendance;
    private final SortedMap<String, SortedSet<String>> recused;
    private final SortedMap<String, SortedSet<String>> voted;
    private final SortedMap<String, Counts> counts;
    private final boolean open;

    private BallotBox(Attendance attendance, SortedMap<String, SortedSet<String>> recused,
                      SortedMap<String, SortedSet<String>> voted, SortedMap<String, Counts> counts, boolean open) {
        this.attendance = attendance;
        this.recused = recused;
        this.voted = voted;
        this.counts = counts;
        this.open = open;
    }

    /**
     * Opens the box for the session's applications (the keys of {@code recusedByApplication}), each with the members
     * recused from it (决定 D-9); refused without a quorum of the committee present (决定 D-7).
     */
    public static BallotBox open(Attendance attendance, Map<String, ? extends Set<String>> recusedByApplication) {
        if (!attendance.quorate()) {
            throw new Refused(Message.of("committee.ballot.noQuorum", attendance.present().size(),
                    attendance.members().size(), attendance.size().quorum()), CLAUSES);
        }
        SortedMap<String, SortedSet<String>> recused = new TreeMap<>();
        SortedMap<String, SortedSet<String>> voted = new TreeMap<>();
        SortedMap<String, Counts> counts = new TreeMap<>();
        recusedByApplication.forEach((application, members) -> {
            for (String m : members) {
                if (!attendance.members().contains(m)) {
                    throw new IllegalArgumentException(m + " is not a member of the committee");
                }
            }
            recused.put(application, Collections.unmodifiableSortedSet(new TreeSet<>(members)));
            voted.put(application, Collections.emptySortedSet());
            counts.put(application, Counts.NONE);
        });
        return new BallotBox(attendance, recused, voted, counts, true);
    }

    /** Opens the box, finding the recusals from the members' expert records and the applicants (决定 D-9). */
    public static BallotBox open(Attendance attendance, DrawResult committee) {
        Map<String, Set<String>> recusals = new TreeMap<>();
        for (Applicant a : committee.session().applications()) {
            Set<String> ids = new TreeSet<>();
            committee.members().stream().filter(e -> Recusal.check(e, a).isPresent()).forEach(e -> ids.add(e.id()));
            recusals.put(a.applicationId(), ids);
        }
        return open(attendance, recusals);
    }

    /**
     * The box as a store keeps it between acts: the members recused from each application, who has voted on each
     * (turnout only) and the counts cast on each — exactly what the box itself holds, so a box restored from the store
     * decides the next ballot as the box in memory would have. Every application appears in all three maps.
     */
    public static BallotBox restore(Attendance attendance, Map<String, ? extends Set<String>> recusedByApplication,
                                    Map<String, ? extends Set<String>> votedByApplication,
                                    Map<String, Counts> countsByApplication, boolean open) {
        BallotBox box = open(attendance, recusedByApplication);
        SortedMap<String, SortedSet<String>> voted = new TreeMap<>();
        SortedMap<String, Counts> counts = new TreeMap<>();
        for (String application : box.counts.keySet()) {
            Set<String> voters = known(votedByApplication, application);
            Counts c = known(countsByApplication, application);
            if (c.total() != voters.size()) {
                throw new IllegalArgumentException("application " + application + " has " + voters.size()
                        + " voters but " + c.total() + " ballots");
            }
            voted.put(application, Collections.unmodifiableSortedSet(new TreeSet<>(voters)));
            counts.put(application, c);
        }
        if (!votedByApplication.keySet().equals(box.counts.keySet())
                || !countsByApplication.keySet().equals(box.counts.keySet())) {
            throw new IllegalArgumentException("the stored box names other applications");
        }
        return new BallotBox(attendance, box.recused, voted, counts, open);
    }

    /**
     * Casts a ballot handed in by {@code castBy}, the member the app has authenticated; refused (and nothing changes)
     * when the box is closed, the ballot is for someone else, the application is not on the ballot, the member is
     * absent or recused, or has voted on it already.
     */
    public BallotBox cast(String castBy, Ballot ballot) {
        String application = ballot.applicationId();
        check(castBy, ballot, voted.get(application));
        SortedMap<String, SortedSet<String>> nextVoted = new TreeMap<>(voted);
        SortedSet<String> voters = new TreeSet<>(voted.get(application));
        voters.add(castBy);
        nextVoted.put(application, Collections.unmodifiableSortedSet(voters));
        SortedMap<String, Counts> nextCounts = new TreeMap<>(counts);
        nextCounts.put(application, counts.get(application).add(ballot.vote()));
        return new BallotBox(attendance, recused, nextVoted, nextCounts, true);
    }

    /**
     * Ballots cast one after another on this box, each decided by the same rules as {@link #cast} on the box as the
     * ballots before it left it, without a copy of the whole box per ballot: what a batch of ballots uses.
     */
    public Casting casting() {
        return new Casting(this);
    }

    /** See {@link #casting()}; confined to one thread, and the box it started from never changes. */
    public static final class Casting {
        private final BallotBox from;
        private final Map<String, SortedSet<String>> voted = new java.util.HashMap<>();
        private final Map<String, Counts> counts = new java.util.HashMap<>();

        private Casting(BallotBox from) {
            this.from = from;
        }

        /** Casts one ballot as {@link BallotBox#cast} would on the box as it stands; refused, nothing changes. */
        public void cast(String castBy, Ballot ballot) {
            String application = ballot.applicationId();
            SortedSet<String> before = voted.getOrDefault(application, from.voted.get(application));
            from.check(castBy, ballot, before);
            SortedSet<String> voters = new TreeSet<>(before);
            voters.add(castBy);
            voted.put(application, Collections.unmodifiableSortedSet(voters));
            counts.put(application, counts.getOrDefault(application, from.counts.get(application))
                    .add(ballot.vote()));
        }

        /** Who has voted on the application so far, by member id. */
        public SortedSet<String> voted(String applicationId) {
            SortedSet<String> now = voted.get(applicationId);
            return now != null ? now : known(from.voted, applicationId);
        }

        /** The members recused from the application. */
        public SortedSet<String> recused(String applicationId) {
            return from.recused(applicationId);
        }

        public Attendance attendance() {
            return from.attendance;
        }

        /** The box with every ballot cast so far: equal to the box that casting them one by one would give. */
        public BallotBox box() {
            SortedMap<String, SortedSet<String>> nextVoted = new TreeMap<>(from.voted);
            nextVoted.putAll(voted);
            SortedMap<String, Counts> nextCounts = new TreeMap<>(from.counts);
            nextCounts.putAll(counts);
            return new BallotBox(from.attendance, from.recused, nextVoted, nextCounts, from.open);
        }
    }

    /** Refuses the ballot as {@link #cast} does, {@code voters} being who has voted on its application so far. */
    private void check(String castBy, Ballot ballot, SortedSet<String> voters) {
        String application = ballot.applicationId();
        if (!open) {
            throw refused("committee.ballot.late", application);
        }
        if (!castBy.equals(ballot.member())) {
            throw refused("committee.ballot.proxy", castBy, ballot.member());
        }
        if (!counts.containsKey(application)) {
            throw refused("committee.ballot.unknownApplication", application);
        }
        if (!attendance.present().contains(castBy)) {
            throw refused("committee.ballot.notPresent", castBy);
        }
        if (recused.get(application).contains(castBy)) {
            throw new Refused(Message.of("committee.ballot.recused", castBy, application),
                    List.of(Clause.notice("七(三)"), Clause.decision(9)));
        }
        if (voters.contains(castBy)) {
            throw refused("committee.ballot.second", castBy, application);
        }
    }

    /** Closes the box: from now on every ballot is late. */
    public BallotBox close() {
        return new BallotBox(attendance, recused, voted, counts, false);
    }

    public boolean isOpen() {
        return open;
    }

    public Attendance attendance() {
        return attendance;
    }

    /** The applications on the ballot, by id. */
    public SortedSet<String> applications() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(counts.keySet()));
    }

    /** Who has voted on the application, by member id: turnout, never what they cast. */
    public SortedSet<String> voted(String applicationId) {
        return known(voted, applicationId);
    }

    public SortedSet<String> recused(String applicationId) {
        return known(recused, applicationId);
    }

    /** The result on one application, once the box is closed (决定 D-7, D-9). */
    public Tally tally(String applicationId) {
        if (open) {
            throw refused("committee.tally.boxOpen", applicationId);
        }
        known(voted, applicationId);
        int recusedPresent = (int) recused.get(applicationId).stream()
                .filter(attendance.present()::contains).count();
        return Tally.of(applicationId, counts.get(applicationId), attendance.present().size(), recusedPresent);
    }

    /** The results on every application, in application order. */
    public List<Tally> tallies() {
        return counts.keySet().stream().map(this::tally).toList();
    }

    private static <T> T known(Map<String, T> map, String applicationId) {
        T value = map.get(applicationId);
        if (value == null) {
            throw new IllegalArgumentException("application " + applicationId + " is not on the ballot");
        }
        return value;
    }

    private static Refused refused(String key, Object... args) {
        return new Refused(Message.of(key, args), CLAUSES);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BallotBox b && open == b.open && attendance.equals(b.attendance)
                && recused.equals(b.recused) && voted.equals(b.voted) && counts.equals(b.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attendance, recused, voted, counts, open);
    }

    /** While the box is open it shows turnout only: the counts appear once no ballot can follow. */
    @Override
    public String toString() {
        return "BallotBox[open=" + open + ", present=" + attendance.present() + ", voted=" + voted
                + (open ? "" : ", counts=" + counts) + "]";
    }
}
