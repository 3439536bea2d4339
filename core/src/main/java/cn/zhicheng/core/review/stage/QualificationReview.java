package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.eligibility.Finding;
import cn.zhicheng.core.eligibility.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The provincial qualification review (六(三): 按照申报条件对申报人的各项申报材料进行审核): the eligibility decision re-run
 * on the stored dossier under the round's pinned rule set, and the reviewer's verdict on each piece of evidence.
 */
public final class QualificationReview {

    private QualificationReview() {
    }

    /**
     * Concludes the review. Not concludable while a verdict names an id that is not in the dossier, two verdicts name
     * one id, or — for an eligible decision — some evidence the decision relied on has no verdict. Then: refused when
     * the decision is not eligible, or when evidence the decision relied on is rejected (a rejected document cannot be
     * corrected into an accepted one, and the decision rested on it); returned when any evidence needs more (the
     * applicant is told everything at once); qualified otherwise.
     */
    public static Conclusion conclude(DecisionRecord decision, List<EvidenceVerdict> verdicts,
                                      List<String> dossierEvidenceIds) {
        Set<String> dossier = new HashSet<>(dossierEvidenceIds);
        Set<String> reliedOn = reliedOn(decision);
        List<Message> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (EvidenceVerdict v : verdicts) {
            if (!seen.add(v.evidenceId())) {
                duplicates.add(v.evidenceId());
            }
            if (!dossier.contains(v.evidenceId())) {
                unknown.add(v.evidenceId());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(Message.of("stage.qualification.unknownEvidence", List.copyOf(unknown)));
        }
        if (!duplicates.isEmpty()) {
            problems.add(Message.of("stage.qualification.twoVerdicts", List.copyOf(duplicates)));
        }
        if (decision.eligible()) {
            Set<String> unjudged = new TreeSet<>(reliedOn);
            unjudged.removeAll(seen);
            if (!unjudged.isEmpty()) {
                problems.add(Message.of("stage.qualification.unjudged", List.copyOf(unjudged)));
            }
        }
        if (!problems.isEmpty()) {
            return new Conclusion.NotConcludable(problems);
        }
        if (!decision.eligible()) {
            return new Conclusion.Refused(Message.of("stage.qualification.ineligible", decision.verdict()), verdicts);
        }
        List<String> rejected = verdicts.stream().filter(v -> v instanceof EvidenceVerdict.Rejected)
                .map(EvidenceVerdict::evidenceId).filter(reliedOn::contains).sorted().toList();
        if (!rejected.isEmpty()) {
            return new Conclusion.Refused(Message.of("stage.qualification.rejectedEvidence", rejected), verdicts);
        }
        List<Correction> corrections = new ArrayList<>();
        for (EvidenceVerdict v : verdicts) {
            if (v instanceof EvidenceVerdict.NeedsMore n) {
                corrections.add(Correction.of(n.evidenceId(), n.what()));
            }
        }
        if (!corrections.isEmpty()) {
            return new Conclusion.Returned(corrections, verdicts);
        }
        return new Conclusion.Qualified(verdicts);
    }

    /** The ids of the evidence the decision's findings relied on, anywhere in their tree. */
    static Set<String> reliedOn(DecisionRecord decision) {
        Set<String> ids = new LinkedHashSet<>();
        decision.findings().stream().flatMap(Finding::flatten).forEach(f -> ids.addAll(f.evidence()));
        return ids;
    }
}
