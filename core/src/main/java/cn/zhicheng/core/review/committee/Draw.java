package cn.zhicheng.core.review.committee;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The seeded random draw of a session's committee from the expert pool (七(三); 决定 D-7, D-8, D-9).
 *
 * <p>The pool is first put in canonical order (by expert id), so the stored candidate list alone fixes the order the
 * draw starts from. Each expert is then checked in that order: they must review the session's field and hold a title
 * at least the level under review (nobody judges a title above their own), and they must not be recused from any
 * application of the session — 决定 D-9 keeps an expert out of any draw on an application whose applicant is their
 * relative or colleague. Every expert left out is recorded with the reason. From the eligible experts the committee
 * is drawn by a partial Fisher–Yates shuffle whose every step takes one uniform number from the seeded generator.
 */
public final class Draw {

    static final List<Clause> CLAUSES = List.of(Clause.notice("七(三)"), Clause.decision(7), Clause.decision(9));

    private Draw() {
    }

    /** Draws the committee, or refuses when fewer experts are eligible than the size needs. */
    public static DrawResult draw(Session session, List<Expert> pool, CommitteeSize size, DrawSeed seed,
                                  Generators generators) {
        if (size.level() != session.level()) {
            throw new IllegalArgumentException("a committee for " + size.level() + " cannot review a "
                    + session.level() + " session");
        }
        List<Expert> candidates = canonical(pool);
        List<Exclusion> exclusions = new ArrayList<>();
        List<String> eligible = new ArrayList<>();
        Index index = new Index(session.applications());
        for (Expert expert : candidates) {
            Optional<Exclusion> unqualified = unqualified(expert, session);
            if (unqualified.isPresent()) {
                exclusions.add(unqualified.get());
                continue;
            }
            List<Exclusion> recusals = index.recusals(expert);
            if (recusals.isEmpty()) {
                eligible.add(expert.id());
            } else {
                exclusions.addAll(recusals);
            }
        }
        if (eligible.size() < size.members()) {
            throw new Refused(Message.of("committee.tooFewExperts", session.field(), session.level(), size.members(),
                    eligible.size(), size.members() - eligible.size()), CLAUSES);
        }
        List<String> committee = shuffledPrefix(eligible, size.members(), generators.seeded(seed));
        return new DrawResult(session, size, seed, candidates, committee, exclusions);
    }

    /** Draws again from what a record stored; the same seed, candidates and session give the same committee. */
    public static DrawResult replay(DrawResult recorded, Generators generators) {
        return draw(recorded.session(), recorded.candidates(), recorded.size(), recorded.seed(), generators);
    }

    /** Whether re-running the stored draw gives the stored record, byte for byte. */
    public static boolean reproduces(DrawResult recorded, Generators generators) {
        return java.util.Arrays.equals(DrawRecord.bytes(replay(recorded, generators)), DrawRecord.bytes(recorded));
    }

    static List<Expert> canonical(List<Expert> pool) {
        List<Expert> sorted = pool.stream().sorted(Comparator.comparing(Expert::id)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("expert " + sorted.get(i).id() + " appears twice in the pool");
            }
        }
        return sorted;
    }

    private static Optional<Exclusion> unqualified(Expert expert, Session session) {
        if (!expert.fields().contains(session.field())) {
            return Optional.of(new Exclusion(expert.id(), Optional.empty(),
                    Message.of("committee.ineligible.field", expert.id(), session.field()), CommitteeSize.CLAUSES));
        }
        if (!expert.titleLevel().atLeast(session.level())) {
            return Optional.of(new Exclusion(expert.id(), Optional.empty(),
                    Message.of("committee.ineligible.level", expert.id(), expert.titleLevel(), session.level()),
                    CommitteeSize.CLAUSES));
        }
        return Optional.empty();
    }

    /** The first {@code k} places of a Fisher–Yates shuffle of {@code ids}: the members in draw order. */
    static List<String> shuffledPrefix(List<String> ids, int k, RandomGenerator generator) {
        String[] a = ids.toArray(String[]::new);
        for (int i = 0; i < k; i++) {
            int j = i + uniform(generator, a.length - i);
            String t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return List.of(a).subList(0, k);
    }

    /**
     * A uniform number in [0, bound) from {@code nextLong()} alone, by rejection, so the draw depends only on the
     * algorithm's specified output stream and not on how a JDK version implements bounded draws.
     */
    static int uniform(RandomGenerator generator, int bound) {
        long r = generator.nextLong() >>> 1;
        long v = r % bound;
        while (r - v + (bound - 1) < 0) {
            r = generator.nextLong() >>> 1;
            v = r % bound;
        }
        return (int) v;
    }

    /** The session's applicants by ID number and by employer, so a large pool is checked in one pass. */
    private static final class Index {
        private final Map<String, List<Applicant>> byIdNumber = new HashMap<>();
        private final Map<String, List<Applicant>> byEmployer = new HashMap<>();

        Index(List<Applicant> applications) {
            for (Applicant a : applications) {
                byIdNumber.computeIfAbsent(a.idNumber(), k -> new ArrayList<>()).add(a);
                a.employerCreditCode().ifPresent(c -> byEmployer.computeIfAbsent(c, k -> new ArrayList<>()).add(a));
            }
        }

        /** Every recusal of this expert in the session, one per application, in application order. */
        List<Exclusion> recusals(Expert expert) {
            Map<String, Exclusion> found = new LinkedHashMap<>();
            for (Relation r : expert.relations()) {
                for (Applicant a : byIdNumber.getOrDefault(r.idNumber(), List.of())) {
                    found.putIfAbsent(a.applicationId(), Recusal.kinship(expert, a, r.kinship()));
                }
            }
            expert.employerCreditCode().ifPresent(code -> {
                for (Applicant a : byEmployer.getOrDefault(code, List.of())) {
                    found.putIfAbsent(a.applicationId(), Recusal.employer(expert, a));
                }
            });
            return found.values().stream()
                    .sorted(Comparator.comparing(e -> e.applicationId().orElseThrow()))
                    .toList();
        }
    }
}
