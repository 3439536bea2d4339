package cn.zhicheng.core.review.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zhicheng.core.eligibility.Messages;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every act of the table, attempted by every role that may not take it. */
class WrongRoleTest {

    static Stream<Arguments> wrongRoles() {
        return Transitions.all().stream().flatMap(t -> Stream.of(Role.values())
                .filter(r -> !t.roles().contains(r))
                .map(r -> Arguments.of(t, r)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("wrongRoles")
    void anActByARoleThatDoesNotTakeItIsRefusedNamingTheClauseThatSaysWho(Transition t, Role role) {
        Actor actor = role.ofRunningBody() && role == Role.ASSOCIATION
                ? Actor.forAssociation("a", role, "some-association") : Actor.of("someone", role);
        // facts under which every guard holds, so only the role can refuse
        Facts all = Review.facts().recommendation(t.act() == Act.DECLINE_ON_ETHICS ? Review.NEGATIVE
                : Review.POSITIVE).build();
        Outcome.Refused r = Review.refused(t.from(), t.act(), actor, all, Outcome.Refusal.WRONG_ROLE);
        assertEquals(t.clause(), r.clause());
        assertTrue(Messages.both(r.reason()).zh().contains(role.label().zh()), r.reason().toString());
    }
}
