package cn.zhicheng.core.review.committee;

import static cn.zhicheng.core.review.committee.Committees.AI;
import static cn.zhicheng.core.review.committee.Committees.JDK;
import static cn.zhicheng.core.review.committee.Committees.applicant;
import static cn.zhicheng.core.review.committee.Committees.drawn;
import static cn.zhicheng.core.review.committee.Committees.employer;
import static cn.zhicheng.core.review.committee.Committees.expertId;
import static cn.zhicheng.core.review.committee.Committees.pool;
import static cn.zhicheng.core.review.committee.Committees.session;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DrawTest {

    private static final Session SENIOR = session(Level.SENIOR, applicant(1), applicant(2));

    @Test
    void aCommitteeOfTheRequiredSizeIsDrawnFromDistinctEligibleExperts() {
        DrawResult result = drawn(SENIOR, pool(60), 7L);

        assertEquals(25, result.committee().size());
        assertEquals(25, new HashSet<>(result.committee()).size());
        assertEquals(DrawSeed.ALGORITHM, result.seed().algorithm());
        assertEquals(7L, result.seed().seed());
    }

    @Test
    void theRecordReplaysToTheSameCommitteeByteForByte() throws Exception {
        List<Expert> pool = new ArrayList<>(pool(60));
        pool.add(Expert.of("R-relative", Level.SENIOR, null,
                List.of(new Relation(applicant(2).idNumber(), Kinship.FIRST_COUSIN)), AI));
        DrawResult original = drawn(SENIOR, pool, 20_261_127L);
        byte[] stored = DrawRecord.bytes(original);

        DrawResult recorded = DrawRecord.read(new ObjectMapper().readTree(stored));
        DrawResult replayed = Draw.replay(recorded, JDK);

        assertEquals(original.committee(), replayed.committee());
        assertArrayEquals(stored, DrawRecord.bytes(replayed));
        assertEquals(original, recorded);
        assertTrue(Draw.reproduces(recorded, JDK));
    }

    @Test
    void aTamperedRecordNoLongerReproduces() throws Exception {
        DrawResult original = drawn(SENIOR, pool(60), 99L);
        var tree = DrawRecord.tree(original);
        var committee = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("committee");
        committee.set(0, committee.get(1).deepCopy());
        committee.set(1, new ObjectMapper().getNodeFactory().textNode(original.committee().get(0)));

        assertTrue(!Draw.reproduces(DrawRecord.read(tree), JDK));
    }

    @Test
    void anIncompleteRecordIsRefusedNamingWhatIsMissing() {
        var tree = DrawRecord.tree(drawn(SENIOR, pool(30), 1L));
        tree.remove("seed");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DrawRecord.read(tree));

        assertTrue(refused.getMessage().contains("'seed'"), refused.getMessage());
    }

    @Test
    void anotherSeedDrawsAnotherCommittee() {
        List<Expert> pool = pool(200);
        assertNotEquals(drawn(SENIOR, pool, 1L).committee(), drawn(SENIOR, pool, 2L).committee());
        assertEquals(drawn(SENIOR, pool, 1L).committee(), drawn(SENIOR, pool, 1L).committee());
    }

    @Test
    void theOrderThePoolArrivesInChangesNothing() {
        List<Expert> pool = new ArrayList<>(pool(200));
        DrawResult sorted = drawn(SENIOR, pool, 5L);
        Collections.shuffle(pool, new Random(3));

        DrawResult shuffled = drawn(SENIOR, pool, 5L);

        assertEquals(sorted.committee(), shuffled.committee());
        assertArrayEquals(DrawRecord.bytes(sorted), DrawRecord.bytes(shuffled));
    }

    @Test
    void everyExpertLeftOutIsRecordedWithTheReason() {
        List<Expert> pool = new ArrayList<>(pool(30));
        pool.add(Expert.of("X-field", Level.SENIOR, null, List.of(), "MARKETING"));
        pool.add(Expert.of("X-level", Level.INTERMEDIATE, null, List.of(), AI));
        pool.add(Expert.of("X-spouse", Level.SENIOR, null,
                List.of(new Relation(applicant(1).idNumber(), Kinship.SPOUSE)), AI));
        pool.add(Expert.of("X-colleague", Level.SENIOR, applicant(2).employerCreditCode().orElseThrow(), List.of(),
                AI));

        DrawResult result = drawn(session(Level.ASSOCIATE_SENIOR, applicant(1), applicant(2)), pool, 11L);

        assertEquals(List.of("committee.ineligible.field", "committee.ineligible.level",
                        "committee.recusal.kinship", "committee.recusal.employer"),
                List.of("X-field", "X-level", "X-spouse", "X-colleague").stream()
                        .map(id -> result.exclusions().stream().filter(x -> x.expertId().equals(id)).findFirst()
                                .orElseThrow().reason().key())
                        .toList());
        assertEquals(Optional.of("A0001"), exclusionOf(result, "X-spouse").applicationId());
        assertEquals(Optional.of("A0002"), exclusionOf(result, "X-colleague").applicationId());
        assertEquals(4, result.exclusions().size());
        assertTrue(Collections.disjoint(result.committee(), List.of("X-field", "X-level", "X-spouse", "X-colleague")));
        result.exclusions().forEach(x -> Messages.both(x.reason()));
    }

    @Test
    void anAssociateSeniorTitleMayJudgeItsOwnLevelButNotTheLevelAbove() {
        Expert associate = Expert.of("E-assoc", Level.ASSOCIATE_SENIOR, null, List.of(), AI);
        assertTrue(associate.qualifiedFor(AI, Level.ASSOCIATE_SENIOR));
        assertTrue(associate.qualifiedFor(AI, Level.INTERMEDIATE));
        assertTrue(!associate.qualifiedFor(AI, Level.SENIOR));
        assertTrue(!associate.qualifiedFor("IOT", Level.INTERMEDIATE));
    }

    @Test
    void tooFewEligibleExpertsIsRefusedNamingTheShortfall() {
        List<Expert> pool = new ArrayList<>(pool(22));
        pool.add(Expert.of("X-colleague", Level.SENIOR, applicant(1).employerCreditCode().orElseThrow(), List.of(),
                AI));
        pool.add(Expert.of("X-level", Level.JUNIOR, null, List.of(), AI));

        Refused refused = assertThrows(Refused.class, () -> drawn(SENIOR, pool, 1L));

        assertEquals("committee.tooFewExperts", refused.reason().key());
        assertEquals(List.of(AI, Level.SENIOR, 25, 22, 3), refused.reason().args());
        assertTrue(refused.getMessage().contains("尚缺 3 名"), refused.getMessage());
        assertTrue(refused.getMessage().contains("3 missing"), refused.getMessage());
    }

    @Test
    void aPoolOfTenThousandForAThousandApplicationsDrawsAnEligibleCommitteeAndRecordsEveryRecusal() {
        // experts in two fields and three levels, 400 employers shared with the applicants, and some relatives
        List<Applicant> applications = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            applications.add(Applicant.of(String.format("A%04d", i), String.format("22010219900101%04d", i),
                    employer(i % 400)));
        }
        Random random = new Random(42);
        List<Expert> pool = new ArrayList<>();
        Level[] levels = {Level.INTERMEDIATE, Level.ASSOCIATE_SENIOR, Level.SENIOR};
        for (int i = 0; i < 10_000; i++) {
            List<Relation> relations = random.nextInt(20) == 0
                    ? List.of(new Relation(applications.get(random.nextInt(1000)).idNumber(),
                            Kinship.values()[random.nextInt(Kinship.values().length)]))
                    : List.of();
            String employer = random.nextInt(10) == 0 ? employer(random.nextInt(400)) : employer(10_000 + i);
            pool.add(Expert.of(expertId(i), levels[random.nextInt(3)], employer, relations,
                    random.nextBoolean() ? AI : "IOT"));
        }
        Session session = new Session("S-big", AI, Level.ASSOCIATE_SENIOR, applications);

        DrawResult result = Draw.draw(session, pool, new CommitteeSize(Level.ASSOCIATE_SENIOR, 45), DrawSeed.of(8L),
                JDK);

        // brute force over every pair: who should be out, and for which application
        Set<String> expected = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (Expert e : pool) {
            if (!e.qualifiedFor(AI, Level.ASSOCIATE_SENIOR)) {
                out.add(e.id());
                expected.add(e.id() + "/-");
                continue;
            }
            for (Applicant a : applications) {
                Recusal.check(e, a).ifPresent(x -> {
                    out.add(e.id());
                    expected.add(e.id() + "/" + a.applicationId() + "/" + x.reason().key());
                });
            }
        }
        Set<String> recorded = result.exclusions().stream()
                .map(x -> x.expertId() + x.applicationId().map(a -> "/" + a + "/" + x.reason().key()).orElse("/-"))
                .collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(recorded);
        Set<String> extra = new HashSet<>(recorded);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "exclusions not recorded: " + missing.size() + " "
                + missing.stream().limit(5).toList() + "; recorded wrongly: " + extra.size() + " "
                + extra.stream().limit(5).toList());
        assertEquals(expected.size(), result.exclusions().size());
        assertEquals(45, new HashSet<>(result.committee()).size());
        assertTrue(Collections.disjoint(out, result.committee()));
        assertTrue(result.members().stream().allMatch(e -> e.qualifiedFor(AI, Level.ASSOCIATE_SENIOR)));
        assertTrue(out.size() > 5000, "the pool was meant to exclude many: " + out.size());
        assertTrue(Draw.reproduces(result, JDK));
    }

    private static Exclusion exclusionOf(DrawResult result, String expertId) {
        return result.exclusions().stream().filter(x -> x.expertId().equals(expertId)).findFirst().orElseThrow();
    }
}
