package cn.zhicheng.core.review.stage;

import cn.zhicheng.core.eligibility.Message;
import cn.zhicheng.core.policy.Clause;
import cn.zhicheng.core.review.round.Authority;
import cn.zhicheng.core.review.round.Delegation;
import cn.zhicheng.core.review.round.Round;
import cn.zhicheng.core.review.round.RunningBody;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an act moves an application, from the table of {@link Transitions}: the stage first (an act not
 * taken here is refused, as a repeat when the application is already past it), then the actor's role, then whether
 * the actor acts for the body running the round, then the round's authority and, in an association's round, the
 * delegation in force that day (四, 决定 D-12), then the transition's guards, in order. Pure: it stores nothing.
 */
public final class StageMachine {

    private StageMachine() {
    }

    public static Outcome apply(Stage current, Act act, Actor actor, Facts facts) {
        Optional<Transition> found = Transitions.find(current, act);
        if (found.isEmpty()) {
            return offStage(current, act);
        }
        Transition t = found.get();
        if (!t.roles().contains(actor.role())) {
            return new Outcome.Refused(Outcome.Refusal.WRONG_ROLE, Message.of("stage.refused.wrongRole", act,
                    t.roles().stream().sorted().toList(), actor.role()), t.clause(), Optional.empty());
        }
        Optional<Outcome.Refused> body = runningBody(t, actor, facts);
        if (body.isPresent()) {
            return body.get();
        }
        if (t.inRound()) {
            Authority authority = facts.round().authorityOn(facts.field(), facts.level(), facts.on(),
                    facts.delegation());
            if (authority instanceof Authority.Denied d) {
                return new Outcome.Refused(Outcome.Refusal.OUTSIDE_AUTHORITY, d.reason(), d.clause(),
                        Optional.empty());
            }
        }
        for (Guard g : t.guards()) {
            if (!g.holds(facts, actor)) {
                return new Outcome.Refused(Outcome.Refusal.GUARD_FAILED, g.refusal(facts, actor), g.clause(),
                        Optional.of(g));
            }
        }
        List<Correction> corrections = t.to() == Stage.RETURNED_FOR_CORRECTION ? facts.corrections() : List.of();
        return new Outcome.Moved(current, act, t.to(), t.clause(), corrections);
    }

    /** The act is not taken at this stage: a repeat if the application already went where it leads, else too early
     * or too late. */
    private static Outcome offStage(Stage current, Act act) {
        List<Transition> ofAct = Transitions.of(act);
        Clause clause = ofAct.get(0).clause();
        if (ofAct.stream().anyMatch(t -> past(current, t))) {
            return new Outcome.Refused(Outcome.Refusal.REPEATED, Message.of("stage.refused.repeated", act, current),
                    clause, Optional.empty());
        }
        List<Stage> where = ofAct.stream().map(Transition::from).distinct().toList();
        return new Outcome.Refused(Outcome.Refusal.WRONG_STAGE,
                Message.of("stage.refused.wrongStage", act, current, where), clause, Optional.empty());
    }

    /** Whether the application stands where this transition leads, or further along the main line. */
    private static boolean past(Stage current, Transition t) {
        if (t.to() == current && t.from() != current) {
            return true;
        }
        Optional<Integer> from = t.from().step();
        Optional<Integer> to = t.to().step();
        Optional<Integer> now = current.step();
        return from.isPresent() && to.isPresent() && now.isPresent() && to.get() > from.get()
                && now.get() >= to.get();
    }

    /**
     * The running body's people act for it alone (四, 决定 D-12); the provincial office keeps its own acts
     * (certificates, 六(六)) in a delegated round, but not the association's.
     */
    private static Optional<Outcome.Refused> runningBody(Transition t, Actor actor, Facts facts) {
        RunningBody body = facts.round().body();
        Optional<Outcome.Refused> member = ofRunningBody(actor, facts.round());
        if (member.isPresent()) {
            return member;
        }
        if (actor.role() == Role.PROVINCIAL_OFFICE && t.byRunningBody() && body.association().isPresent()) {
            return Optional.of(new Outcome.Refused(Outcome.Refusal.NOT_THE_RUNNING_BODY,
                    Message.of("stage.refused.delegatedRound", t.act(), facts.round().id(),
                            body.association().get()), Delegation.DECISION, Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * Whether the actor may act for the body running {@code round}: in an association's round the association, its
     * reviewers, secretary and experts act {@code @} that association; in a provincial round they act for the
     * province (the provincial pool's experts) and for no association (四, 决定 D-12). The committee's acts — opening a
     * session, the draw, a blind reading, a ballot, a confirmation — ask this too. Empty when the actor may act.
     */
    public static Optional<Outcome.Refused> ofRunningBody(Actor actor, Round round) {
        RunningBody body = round.body();
        if (actor.role().ofRunningBody() && !actor.association().equals(body.association())) {
            return Optional.of(new Outcome.Refused(Outcome.Refusal.NOT_THE_RUNNING_BODY,
                    body.association().isPresent()
                            ? Message.of("stage.refused.otherBody", actor.role(), actor.id(), round.id(),
                                    body.association().get())
                            : Message.of("stage.refused.provincialRound", actor.role(), actor.id(), round.id()),
                    Delegation.DECISION, Optional.empty()));
        }
        return Optional.empty();
    }
}
