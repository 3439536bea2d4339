package cn.zhicheng.core.review.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every act at every stage the table does not take it from, by a role that could take it elsewhere. */
class OffStageTest {

    static Stream<Arguments> offStage() {
        return Stream.of(Act.values()).flatMap(act -> Stream.of(Stage.values())
                .filter(s -> Transitions.find(s, act).isEmpty())
                .map(s -> Arguments.of(act, s)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("offStage")
    void anActAtAStageThatDoesNotTakeItChangesNothingAndNamesTheActsClause(Act act, Stage stage) {
        Transition elsewhere = Transitions.of(act).get(0);
        Role role = elsewhere.roles().stream().sorted().findFirst().orElseThrow();
        Actor actor = role == Role.ASSOCIATION ? Actor.forAssociation("a", role, Review.ASSOCIATION)
                : Actor.of("someone", role);
        Outcome o = StageMachine.apply(stage, act, actor, Review.facts().recommendation(Review.POSITIVE)
                .publicityEnded(true).committeeFormed(true).build());
        Outcome.Refused r = org.junit.jupiter.api.Assertions.assertInstanceOf(Outcome.Refused.class, o);
        assertTrue(EnumSet.of(Outcome.Refusal.WRONG_STAGE, Outcome.Refusal.REPEATED).contains(r.refusal()),
                r.toString());
        assertEquals(elsewhere.clause(), r.clause());
    }
}
