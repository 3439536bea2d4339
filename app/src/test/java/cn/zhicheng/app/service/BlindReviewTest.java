package cn.zhicheng.app.service;

import static cn.zhicheng.app.service.CommitteeFixture.CLOCK;
import static cn.zhicheng.app.service.CommitteeFixture.DOSSIER;
import static cn.zhicheng.app.service.CommitteeFixture.expert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.app.store.AuditLog;
import cn.zhicheng.app.store.Database;
import cn.zhicheng.app.store.TestStores;
import cn.zhicheng.core.input.BilingualValidator;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.review.committee.Expert;
import cn.zhicheng.core.review.committee.Kinship;
import cn.zhicheng.core.review.committee.Refused;
import cn.zhicheng.core.review.committee.Relation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The blind first review (七(二)): members read the dossier without who the applicant is; others read nothing. */
class BlindReviewTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aMemberSeesTheEvidenceAndNothingThatIdentifiesTheApplicant(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = SecretBallotTest.drawnAndInReview(db);
            BlindReview review = new BlindReview(db, CLOCK, new StrictReader(BilingualValidator.create(CLOCK)));
            BlindReview.BlindView view = review.view("s-1", "app-2", expert(members.get(0)));
            String json = view.dossierJson();
            assertTrue(json.contains("智能客服语义理解系统项目报告"), "the evidence is there: " + json);
            assertTrue(json.contains("INCUBATOR"), "the kind of recommender, not its name");
            for (String hidden : List.of(DOSSIER.identity().name(), CommitteeFixture.applicant(2),
                    DOSSIER.identity().phone().orElseThrow(), DOSSIER.employment().employer().orElseThrow(),
                    CommitteeFixture.EMPLOYER, DOSSIER.recommender().orElseThrow().name(), "idNumber", "phone")) {
                assertFalse(json.contains(hidden), hidden + " shows in the blind view: " + json);
            }
            assertTrue(view.group() >= 1);
            assertEquals("committee.blind_view", db.jdbi().withHandle(h -> new AuditLog().of(h, "app-2")).stream()
                    .reduce((a, b) -> b).orElseThrow().act().act(), "the reading is audited");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aNonMemberAndARecusedMemberAreRefused(TestStores.Kind kind) {
        try (Database db = TestStores.fresh(kind, temp)) {
            List<String> members = SecretBallotTest.drawnAndInReview(db);
            BlindReview review = new BlindReview(db, CLOCK, new StrictReader(BilingualValidator.create(CLOCK)));
            Refused outsider = assertThrows(Refused.class, () -> review.view("s-1", "app-1", expert("x-relative")));
            assertEquals("committee.review.notMember", outsider.reason().key());

            String member = members.get(0);
            Expert before = CommitteeFixture.pool(14).stream().filter(e -> e.id().equals(member)).findFirst()
                    .orElseThrow();
            new ExpertPool(db, CLOCK).register(List.of(new Expert(member, before.fields(), before.titleLevel(),
                    before.employerCreditCode(), List.of(new Relation(CommitteeFixture.applicant(1),
                            Kinship.SPOUSE)))), CommitteeFixture.OFFICE);
            Refused recused = assertThrows(Refused.class, () -> review.view("s-1", "app-1", expert(member)));
            assertEquals("committee.recusal.kinship", recused.reason().key());
            review.view("s-1", "app-2", expert(member));
        }
    }
}
