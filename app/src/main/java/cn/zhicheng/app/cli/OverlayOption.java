package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.core.applicant.ApplicantFile;
import cn.zhicheng.core.criteria.FieldCriteria;
import cn.zhicheng.core.decision.DecisionRecord;
import cn.zhicheng.core.decision.OverlayPin;
import cn.zhicheng.core.input.Refusal;
import cn.zhicheng.core.spi.Annexes;
import cn.zhicheng.core.input.InputProblem;
import cn.zhicheng.core.input.InputRejected;
import cn.zhicheng.core.input.StrictReader;
import cn.zhicheng.core.overlay.Overlay;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.ruleset.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * Reads an association's overlay file and checks it where the rules say (四, 决定 D-12): against the provincial
 * criteria in force on its first day ({@link Overlay#problems}) and, once delegations are stored, against its
 * association's delegation in force that day ({@link Overlay#outsideDelegation}). The store is the one named by
 * {@code --data} or {@code --db}, or the default folder when it exists; with no store there are no delegations yet.
 */
final class OverlayOption {

    @Mixin
    StoreOptions store;

    /** The overlay in {@code file}, read and checked; every problem listed together, as an input refusal. */
    Overlay checked(Zhicheng top, Path file) {
        Overlay overlay = Overlay.read(top.engine().getInstance(StrictReader.class), file.toString(),
                ApplicantFiles.bytes(file));
        LocalDate from = overlay.header().effectiveFrom();
        Decisions decisions = top.engine().getInstance(Decisions.class);
        List<InputProblem> problems = new ArrayList<>(overlay.problems(code -> {
            RuleBook.Lookup lookup = decisions.criteria(code, from);
            return lookup instanceof RuleBook.InForce found ? Optional.<FieldCriteria>of(found.criteria())
                    : Optional.empty();
        }));
        storedDelegations().ifPresent(all -> problems.addAll(overlay.outsideDelegation(all)));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return overlay;
    }

    /**
     * A decision made under an overlay, asked again under exactly its pinned rule set and the same overlay file (by
     * its SHA-256); empty when that version of the provincial criteria is no longer loaded.
     */
    Optional<DecisionRecord> reproduce(Zhicheng top, DecisionRecord stored, ApplicantFile applicant, Path file) {
        OverlayPin pin = stored.overlay().orElseThrow();
        if (file == null) {
            throw new UserError(Refusal.of("cli.reproduce.overlayNeeded", pin.id(), pin.version()));
        }
        Overlay overlay = Overlay.read(top.engine().getInstance(StrictReader.class), file.toString(),
                ApplicantFiles.bytes(file));
        if (!overlay.sha256().equals(pin.sha256())) {
            throw new UserError(Refusal.of("cli.reproduce.overlayDiffers", file.toString(), overlay.sha256(),
                    pin.sha256()));
        }
        return top.engine().getInstance(Annexes.class).ruleBook()
                .pinned(stored.field().code(), stored.ruleSet(), stored.level())
                .map(criteria -> overlay.apply(criteria, stored.asOf()))
                .map(applied -> top.engine().getInstance(Decisions.class)
                        .decide(applicant, applied.criteria(), stored.level(), stored.asOf(), stored.cutOff())
                        .withOverlay(applied.pin(stored.level())));
    }

    /** Whether a store is named, or the default one exists. */
    boolean hasStore() {
        return store.data != null || store.url != null || Files.isDirectory(StoreOptions.DEFAULT_DATA);
    }

    private Optional<List<Delegation>> storedDelegations() {
        if (!hasStore()) {
            return Optional.empty();
        }
        return Optional.of(store.with(db -> db.jdbi().withHandle(h -> new Delegations().all(h)).stream()
                .map(Delegations.Stored::delegation).toList()));
    }
}
