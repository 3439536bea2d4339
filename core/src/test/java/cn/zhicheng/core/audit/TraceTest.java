package cn.zhicheng.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceTest {

    /** 200 entries on five applications: A-2's entries are numbers 2, 7, 12, ..., 197. */
    private static final List<AuditEntry> CHAIN = Chains.chain(200, 5);
    private static final Trace TRACE = Trace.of("A-2", CHAIN);

    private static Verification.Broken broken(Verification v) {
        return assertInstanceOf(Verification.Broken.class, v, () -> Messages.render(v.message(), Messages.EN));
    }

    @Test
    void aTraceHoldsItsSubjectsEntriesInFullAndOthersByTheirLinksOnly() {
        assertEquals(40, TRACE.entries().size());
        assertEquals(2, TRACE.entries().get(0).sequence());
        assertEquals(197, TRACE.entries().get(39).sequence());
        assertEquals(197 - 2 + 1 - 40, TRACE.links().size());
        String json = new String(TRACE.json(), StandardCharsets.UTF_8);
        for (String other : List.of("\"A-0\"", "\"A-1\"", "\"A-3\"", "\"A-4\"")) {
            assertFalse(json.contains(other), "another application's id in the export: " + other);
        }
    }

    @Test
    void anExportedTraceVerifiesOnItsOwn() {
        byte[] exported = TRACE.json();
        Verification v = Trace.verify(exported);
        Verification.Intact intact = assertInstanceOf(Verification.Intact.class, v);
        assertEquals(40, intact.entries());
        assertEquals(CHAIN.get(196).hash(), intact.headHash());
        assertEquals(TRACE, Trace.read(exported));
    }

    @Test
    void oneChangedByteInAnExportedEntryIsNamed() {
        String json = new String(TRACE.json(), StandardCharsets.UTF_8);
        // entry 12 of A-2: change its actor's id by one character in the exported document itself
        String original = "\"id\":\"expert-0012\"";
        assertTrue(json.contains(original));
        byte[] tampered = json.replaceFirst(original, "\"id\":\"expert-0013\"").getBytes(StandardCharsets.UTF_8);
        Verification.Broken b = broken(Trace.verify(tampered));
        assertEquals(Verification.Problem.CHANGED, b.problem());
        assertEquals(12, b.entry());
    }

    @Test
    void anEntryLeftOutOfTheTraceIsNamedMissing() {
        List<AuditEntry> entries = new ArrayList<>(TRACE.entries());
        entries.remove(3); // entry 17
        Verification.Broken b = broken(new Trace("A-2", entries, TRACE.links()).verify());
        assertEquals(Verification.Problem.MISSING, b.problem());
        assertEquals(17, b.entry());

        List<Link> links = new ArrayList<>(TRACE.links());
        links.remove(0); // entry 3, another application's
        assertEquals(3, broken(new Trace("A-2", TRACE.entries(), links).verify()).entry());
    }

    @Test
    void anOwnEntryDisguisedAsALinkIsNamedWithheld() {
        List<AuditEntry> entries = new ArrayList<>(TRACE.entries());
        AuditEntry hidden = entries.remove(5); // entry 27
        List<Link> links = new ArrayList<>(TRACE.links());
        links.add(hidden.link());
        Verification.Broken b = broken(new Trace("A-2", entries, links).verify());
        assertEquals(Verification.Problem.WITHHELD, b.problem());
        assertEquals(27, b.entry());
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinks() {
        List<AuditEntry> entries = new ArrayList<>(TRACE.entries());
        AuditEntry original = entries.get(5); // entry 27
        AuditEntry rewritten = AuditChain.append(Optional.of(CHAIN.get(25)), Chains.act(1027, "A-2"));
        entries.set(5, rewritten);
        assertTrue(rewritten.intact());
        Verification.Broken b = broken(new Trace("A-2", entries, TRACE.links()).verify());
        assertEquals(Verification.Problem.LINK_BROKEN, b.problem());
        assertEquals(28, b.entry());
        assertEquals(27, original.sequence());
    }

    @Test
    void anotherApplicationsEntryInFullIsRefused() {
        List<AuditEntry> entries = new ArrayList<>(TRACE.entries());
        entries.add(1, CHAIN.get(2)); // entry 3, of A-3
        assertEquals(Verification.Problem.FOREIGN, broken(new Trace("A-2", entries, TRACE.links()).verify())
                .problem());
    }

    @Test
    void aDocumentThatIsNotATraceIsRefusedWithThePathOfItsProblem() {
        Verification.Broken notJson = broken(Trace.verify("{\"format\":".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Verification.Problem.MALFORMED, notJson.problem());
        String json = new String(TRACE.json(), StandardCharsets.UTF_8);
        Verification.Broken noRole = broken(Trace.verify(
                json.replaceFirst("\"role\":\"EXPERT\"", "\"rank\":\"EXPERT\"").getBytes(StandardCharsets.UTF_8)));
        assertEquals("Cannot be read: entries[0].act.actor.role is missing",
                Messages.render(noRole.message(), Messages.EN));
    }

    @Test
    void theReadableTextMasksActorsAndSaysWhetherTheTraceHolds() {
        String zh = TRACE.text(Messages.ZH);
        String en = TRACE.text(Messages.EN);
        assertTrue(zh.startsWith("追溯记录：A-2（本申请的条目 40 条，第 2 至 197 号；其间其他申请的条目 156 条仅以链接显示）"),
                zh);
        assertTrue(en.startsWith("Trace of A-2: 40 entries, numbers 2 to 197;"), en);
        assertTrue(en.contains("#12  2026-05-01T01:12:00Z  EXPERT (ex*******12)  review.vote  [六(四)]"
                + "  STAGE_12 → STAGE_13  refused: review.quorumNotMet\n    document decision, SHA-256 "
                + "ab".repeat(32)), en);
        assertTrue(en.contains("#17  2026-05-01T01:17:00Z  EXPERT (ex*******17)  application.advance  [六(三)]"
                + "  STAGE_17 → STAGE_18  done"), en);
        assertTrue(zh.contains("已拒绝：review.quorumNotMet"), zh);
        assertFalse(zh.contains("expert-0012") || en.contains("expert-0012"), "an actor's id unmasked");
        assertTrue(en.strip().endsWith("Audit trail intact: 40 entries checked, last hash " + CHAIN.get(196).hash()),
                en);
    }

    @Test
    void aTraceOfASubjectWithoutEntriesCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> Trace.of("A-9", CHAIN));
    }
}
