package cn.zhicheng.app.cli;

import cn.zhicheng.app.service.Decisions;
import cn.zhicheng.app.store.Delegations;
import cn.zhicheng.core.criteria.FieldCriteria;
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
