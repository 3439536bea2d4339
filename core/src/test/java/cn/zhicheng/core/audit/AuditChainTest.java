package cn.zhicheng.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final List<AuditEntry> CHAIN = Chains.chain(1000, 7);

    private static Verification.Broken broken(Verification v) {
        return assertInstanceOf(Verification.Broken.class, v, () -> Messages.render(v.message(), Messages.EN));
    }

    private static List<AuditEntry> copy() {
        return new ArrayList<>(CHAIN);
    }

    @Test
    void aChainOfAThousandEntriesVerifies() {
        Verification v = AuditChain.verify(CHAIN);
        Verification.Intact intact = assertInstanceOf(Verification.Intact.class, v);
        assertEquals(1000, intact.entries());
        assertEquals(CHAIN.get(999).hash(), intact.headHash());
        assertEquals("Audit trail intact: 1000 entries checked, last hash " + CHAIN.get(999).hash(),
                Messages.render(v.message(), Messages.EN));
    }

    @Test
    void theFirstEntryFollowsTheGenesisHashAndEachNextOneItsPredecessor() {
        assertEquals("0".repeat(64), CHAIN.get(0).previousHash());
        assertEquals(1, CHAIN.get(0).sequence());
        for (int i = 1; i < CHAIN.size(); i++) {
            assertEquals(CHAIN.get(i - 1).hash(), CHAIN.get(i).previousHash());
            assertEquals(i + 1, CHAIN.get(i).sequence());
        }
    }

    @Test
    void appendingIsPureTheSameHeadAndActGiveTheSameEntry() {
        AuditEntry again = AuditChain.append(Optional.of(CHAIN.get(41)), Chains.act(43, "A-1"));
        assertEquals(CHAIN.get(42), again);
    }

    @Test
    void anEntryStoredAndReadBackIsTheSameEntry() {
        for (AuditEntry e : CHAIN.subList(0, 20)) {
            assertEquals(e, AuditJson.read(AuditJson.bytes(e)));
        }
    }

    @Test
    void oneChangedByteInEntry500IsNamed() {
        List<AuditEntry> entries = copy();
        entries.set(499, Chains.withOneByteChanged(CHAIN.get(499), "\"role\":\""));
        assertNotEquals(CHAIN.get(499), entries.get(499));
        Verification.Broken b = broken(AuditChain.verify(entries));
        assertEquals(Verification.Problem.CHANGED, b.problem());
        assertEquals(500, b.entry());
        assertEquals("条目 500 已被改动：其内容与哈希不符", Messages.render(b.message(), Messages.ZH));
        assertEquals("Entry 500 was changed: its content no longer matches its hash",
                Messages.render(b.message(), Messages.EN));
    }

    @Test
    void aChangedTimeOrStoredHashIsNamedToo() {
        for (String marker : List.of("\"at\":\"2026-0", "\"hash\":\"", "\"previousHash\":\"")) {
            List<AuditEntry> entries = copy();
            entries.set(499, Chains.withOneByteChanged(CHAIN.get(499), marker));
            Verification.Broken b = broken(AuditChain.verify(entries));
            assertEquals(Verification.Problem.CHANGED, b.problem(), marker);
            assertEquals(500, b.entry(), marker);
        }
    }

    @Test
    void aDeletedEntryIsNamedMissing() {
        List<AuditEntry> entries = copy();
        entries.remove(299);
        Verification.Broken b = broken(AuditChain.verify(entries));
        assertEquals(Verification.Problem.MISSING, b.problem());
        assertEquals(300, b.entry());
        assertEquals("Entry 300 is missing", Messages.render(b.message(), Messages.EN));
    }

    @Test
    void swappedEntriesAreNamedOutOfOrder() {
        List<AuditEntry> adjacent = copy();
        Collections.swap(adjacent, 299, 300);
        Verification.Broken b = broken(AuditChain.verify(adjacent));
        assertEquals(Verification.Problem.OUT_OF_ORDER, b.problem());
        assertEquals(301, b.entry());
        assertEquals("Entry 301 stands before entry 300: the entries were reordered",
                Messages.render(b.message(), Messages.EN));

        List<AuditEntry> distant = copy();
        Collections.swap(distant, 199, 699);
        assertEquals(700, broken(AuditChain.verify(distant)).entry());
    }

    @Test
    void twoDifferentEntriesWithOneNumberAreAFork() {
        List<AuditEntry> entries = copy();
        AuditEntry other = AuditChain.append(Optional.of(CHAIN.get(10)), Chains.act(99, "A-3"));
        entries.add(12, other);
        Verification.Broken b = broken(AuditChain.verify(entries));
        assertEquals(Verification.Problem.FORKED, b.problem());
        assertEquals(12, b.entry());

        List<AuditEntry> repeated = copy();
        repeated.add(12, CHAIN.get(11));
        assertEquals(Verification.Problem.DUPLICATE, broken(AuditChain.verify(repeated)).problem());
    }

    @Test
    void anEntryRewrittenAndReHashedBreaksTheLinkOfTheNextOne() {
        List<AuditEntry> entries = copy();
        entries.set(499, AuditChain.append(Optional.of(CHAIN.get(498)), Chains.act(12345, "A-2")));
        Verification.Broken b = broken(AuditChain.verify(entries));
        assertEquals(Verification.Problem.LINK_BROKEN, b.problem());
        assertEquals(501, b.entry());
        assertTrue(Messages.render(b.message(), Messages.EN).startsWith("Entry 501 does not name the hash of entry 500"));
    }

    @Test
    void aCheckpointCatchesACutOffTailAndARewrittenOne() {
        Checkpoint checkpoint = Checkpoint.of(CHAIN.get(999));
        assertTrue(AuditChain.verify(CHAIN, checkpoint).intact());

        Verification.Broken cut = broken(AuditChain.verify(CHAIN.subList(0, 990), checkpoint));
        assertEquals(Verification.Problem.TRUNCATED, cut.problem());
        assertEquals(991, cut.entry());

        List<AuditEntry> rewritten = new ArrayList<>(CHAIN.subList(0, 995));
        while (rewritten.size() < 1000) {
            rewritten.add(AuditChain.append(Optional.of(rewritten.get(rewritten.size() - 1)),
                    Chains.act(5000 + rewritten.size(), "A-0")));
        }
        assertTrue(AuditChain.verify(rewritten).intact(), "re-hashed from entry 996 on, the chain alone looks whole");
        Verification.Broken diverged = broken(AuditChain.verify(rewritten, checkpoint));
        assertEquals(Verification.Problem.DIVERGED, diverged.problem());
        assertEquals(1000, diverged.entry());
    }

    @Test
    void anEmptyChainIsIntactAtTheGenesisHash() {
        assertEquals(new Verification.Intact(0, AuditChain.GENESIS), AuditChain.verify(List.of()));
    }

    @Test
    void aStoredEntryOfTheWrongShapeIsRefusedWithItsPath() {
        String stored = new String(AuditJson.bytes(CHAIN.get(0)), java.nio.charset.StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuditJson.read(
                stored.replace("\"role\":\"EXPERT\"", "\"rolle\":\"EXPERT\"").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("act.actor.role is missing", e.getMessage());
        IllegalArgumentException at = assertThrows(IllegalArgumentException.class, () -> AuditJson.read(
                stored.replace("T01:01:00Z", "T09:01:00+08:00").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(at.getMessage().startsWith("act.at must be a UTC instant"), at.getMessage());
    }

    @Test
    void anEmbeddedDecisionTravelsInCanonicalFormAndAChangeToItIsNamed() {
        com.fasterxml.jackson.databind.node.ObjectNode decision =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        decision.put("verdict", "ELIGIBLE");
        decision.put("level", "INTERMEDIATE");
        Document embedded = Document.Embedded.of("decision", decision);
        assertEquals("{\"level\":\"INTERMEDIATE\",\"verdict\":\"ELIGIBLE\"}",
                ((Document.Embedded) embedded).canonicalJson());
        Act act = new Act("A-1", new Actor("office-01", "PROVINCIAL_OFFICE"), "qualification.decide",
                cn.zhicheng.core.policy.Clause.notice("六(三)"), Chains.START, Optional.of("SUBMITTED"),
                Optional.of("QUALIFIED"), Optional.of(embedded), Outcome.done());
        AuditEntry entry = AuditChain.append(Optional.empty(), act);
        assertEquals(entry, AuditJson.read(AuditJson.bytes(entry)));

        String stored = new String(AuditJson.bytes(entry), java.nio.charset.StandardCharsets.UTF_8);
        AuditEntry changed = AuditJson.read(stored.replace("\"verdict\":\"ELIGIBLE\"", "\"verdict\":\"NOT_YET\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Verification.Broken b = broken(AuditChain.verify(List.of(changed)));
        assertEquals(Verification.Problem.CHANGED, b.problem());
        assertEquals(1, b.entry());
    }
}
