package cn.zhicheng.core.review.committee;

import static cn.zhicheng.core.review.committee.Committees.AI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.policy.Level;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecusalTest {

    private static final Applicant APPLICANT = Applicant.of("A-1", "220102199001011239", "91220101MA17ABCD56");

    private static Expert relatedBy(Kinship kinship) {
        return Expert.of("E-1", Level.SENIOR, "91220101MA00000001",
                List.of(new Relation("220102199001011239", kinship)), AI);
    }

    @ParameterizedTest
    @EnumSource(Kinship.class)
    void everyKinshipOfDecisionD9ExcludesTheExpertWithItsReason(Kinship kinship) {
        Exclusion exclusion = Recusal.check(relatedBy(kinship), APPLICANT).orElseThrow();

        assertEquals("E-1", exclusion.expertId());
        assertEquals(Optional.of("A-1"), exclusion.applicationId());
        assertEquals("committee.recusal.kinship", exclusion.reason().key());
        assertTrue(exclusion.clauses().containsAll(List.of(Clause.notice("七(三)"), Clause.decision(9))));
        assertTrue(Messages.render(exclusion.reason(), Messages.ZH).contains(kinship.label().zh()));
        assertTrue(Messages.render(exclusion.reason(), Messages.EN).contains(kinship.label().en()));
    }

    @ParameterizedTest
    @EnumSource(Kinship.class)
    void theSameRelationSeenFromTheOtherSideExcludesToo(Kinship kinship) {
        assertEquals(kinship, kinship.inverse().inverse());
        assertTrue(Recusal.check(relatedBy(kinship.inverse()), APPLICANT).isPresent());
    }

    @Test
    void theKinshipsCoverEveryRelationDecisionD9Names() {
        // spouse; lineal both ways; siblings, first cousins, uncles/aunts and nephews/nieces; the in-laws of D-9,
        // each with the other side of it
        assertEquals(EnumSet.allOf(Kinship.class), EnumSet.of(Kinship.SPOUSE, Kinship.LINEAL_ASCENDANT,
                Kinship.LINEAL_DESCENDANT, Kinship.SIBLING, Kinship.FIRST_COUSIN, Kinship.UNCLE_OR_AUNT,
                Kinship.NEPHEW_OR_NIECE, Kinship.SPOUSE_PARENT, Kinship.CHILD_SPOUSE, Kinship.CHILD_SPOUSE_PARENT,
                Kinship.SPOUSE_SIBLING, Kinship.SIBLING_SPOUSE, Kinship.SPOUSE_SIBLING_SPOUSE,
                Kinship.FIRST_COUSIN_SPOUSE, Kinship.SPOUSE_FIRST_COUSIN, Kinship.UNCLE_OR_AUNT_SPOUSE,
                Kinship.SPOUSE_NEPHEW_OR_NIECE, Kinship.NEPHEW_OR_NIECE_SPOUSE, Kinship.SPOUSE_UNCLE_OR_AUNT));
        assertEquals(Kinship.NEPHEW_OR_NIECE, Kinship.UNCLE_OR_AUNT.inverse());
        assertEquals(Kinship.CHILD_SPOUSE, Kinship.SPOUSE_PARENT.inverse());
        assertEquals(Kinship.SPOUSE_SIBLING, Kinship.SIBLING_SPOUSE.inverse());
    }

    @Test
    void aRelationToSomeoneElseExcludesNobody() {
        Expert expert = Expert.of("E-1", Level.SENIOR, "91220101MA00000001",
                List.of(new Relation("220102198001011234", Kinship.SPOUSE)), AI);
        assertEquals(Optional.empty(), Recusal.check(expert, APPLICANT));
    }

    @Test
    void theSameEmployerExcludesTheExpertNamingTheCreditCode() {
        Expert colleague = Expert.of("E-2", Level.SENIOR, "91220101MA17ABCD56", List.of(), AI);

        Exclusion exclusion = Recusal.check(colleague, APPLICANT).orElseThrow();

        assertEquals("committee.recusal.employer", exclusion.reason().key());
        assertTrue(Messages.render(exclusion.reason(), Messages.EN).contains("91220101MA17ABCD56"));
    }

    @Test
    void aRelativeWhoIsAlsoAColleagueIsExcludedOnceForTheKinship() {
        Expert both = Expert.of("E-4", Level.SENIOR, "91220101MA17ABCD56",
                List.of(new Relation("220102199001011239", Kinship.SIBLING)), AI);
        assertEquals("committee.recusal.kinship", Recusal.check(both, APPLICANT).orElseThrow().reason().key());
    }

    @Test
    void twoFreelancersHaveNoEmployerInCommon() {
        Expert freelancer = Expert.of("E-3", Level.SENIOR, null, List.of(), AI);
        Applicant alsoFreelance = Applicant.of("A-3", "220102198001011234", null);
        assertFalse(Recusal.check(freelancer, alsoFreelance).isPresent());
    }
}
