package cn.zhicheng.core.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.applicant.RepresentativeWork;
import cn.zhicheng.core.input.InputRejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DossierTest {

    @Test
    void everyPieceOfEvidenceHasAnIdAndAGivenOneIsKept() {
        ApplicantFile a = Dossiers.full();
        List<String> ids = a.evidenceIds();
        // 1 education, 1 title, 1 training, 1 recognition, 3 works, 1 certificate and the credits
        assertEquals(9, ids.size(), ids.toString());
        assertEquals("edu-bachelor", a.education().get(0).id());
        assertTrue(a.works().get(0).id().matches("work-[0-9a-f]{10}"), a.works().get(0).id());
        assertTrue(ids.contains("credits"));
    }

    @Test
    void derivedIdsFollowTheEvidenceNotItsPlaceInTheFile() {
        ApplicantFile a = Dossiers.full();
        String yaml = Dossiers.fullYaml();
        String first = "  - {kind: PROJECT_REPORT, title: 智能客服语义理解系统项目报告, date: 2022-05-01, role: PRINCIPAL}\n";
        String swapped = yaml.replace(first, "").replace("certificates:", "") // move the first work to the end
                .replace("\n  foreignLanguage", "\ncertificates:\n  foreignLanguage");
        swapped = swapped.replace("sales: {platform: 抖音, account: wxy-shop, yuan: 2600000.50, from: 2025-01-01, to: 2025-12-31}}\n",
                "sales: {platform: 抖音, account: wxy-shop, yuan: 2600000.50, from: 2025-01-01, to: 2025-12-31}}\n" + first);
        ApplicantFile b = Dossiers.yaml(swapped);
        Map<String, String> byTitleA = a.works().stream().collect(Collectors.toMap(RepresentativeWork::title,
                RepresentativeWork::id));
        Map<String, String> byTitleB = b.works().stream().collect(Collectors.toMap(RepresentativeWork::title,
                RepresentativeWork::id));
        assertNotEquals(a.works().get(0).title(), b.works().get(0).title(), "the works were reordered");
        assertEquals(byTitleA, byTitleB);
    }

    @Test
    void twoIdenticalEntriesWithoutIdsAreRefused() {
        String work = "  - {kind: PATENT, title: 一种基于深度学习的缺陷检测方法, date: 2024-04-20, role: PRINCIPAL}\n";
        InputRejected e = assertThrows(InputRejected.class,
                () -> Dossiers.yaml(Dossiers.fullYaml().replace(work, work + work)));
        assertTrue(e.getMessage().contains("same id"), e.getMessage());
    }

    @Test
    void theCanonicalInputReadsBackAsTheSameDossier() {
        ApplicantFile a = Dossiers.full();
        byte[] canonical = InputDigest.canonical(a);
        ApplicantFile back = Dossiers.json(canonical);
        assertEquals(a, back);
        assertArrayEquals(canonical, InputDigest.canonical(back));
        assertEquals(InputDigest.sha256(a), InputDigest.sha256(Dossiers.full()));
        assertEquals(64, InputDigest.sha256(a).length());
    }

    @Test
    void nothingIsNullAfterValidation() {
        ApplicantFile a = Dossiers.yaml(Dossiers.fullYaml().replace("  phone: \"13904310000\"\n", "")
                .replaceAll("(?m)^recommender:.*\\n", "").replaceAll("(?m)^titles:\\n  - .*\\n", ""));
        assertTrue(a.identity().phone().isEmpty());
        assertTrue(a.recommender().isEmpty());
        assertTrue(a.titles().isEmpty());
        assertTrue(a.occupation().isEmpty());
        assertTrue(a.works().get(0).sales().isEmpty());
    }

    @Test
    void theAnonymisedViewKeepsTheEvidenceAndNothingThatIdentifies() {
        ApplicantFile a = Dossiers.full();
        String view = new String(CanonicalJson.bytes(WireJson.MAPPER.valueToTree(a.anonymised())),
                StandardCharsets.UTF_8);
        for (String personal : List.of("王晓雨", "220102199503152349", "13904310000", "长春智算科技有限公司",
                "91220101MA17ABCD56", "长春新区人工智能产业孵化园", "JL-2019-000123")) {
            assertFalse(view.contains(personal), personal + " leaks into " + view);
        }
        for (String id : a.evidenceIds()) {
            assertTrue(view.contains("\"" + id + "\""), id + " missing from " + view);
        }
        assertTrue(view.contains("INCUBATOR") && view.contains("一种基于深度学习的缺陷检测方法"), view);
    }
}
