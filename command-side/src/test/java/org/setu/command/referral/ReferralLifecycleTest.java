package org.setu.command.referral;

import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.referral.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.setu.command.referral.Cases.*;

/**
 * The referral lifecycle table, every cell: each of the six referral commands from each of the seven statuses is
 * either the one allowed transition (and produces its event) or refused as an invalid transition (and writes nothing).
 */
class ReferralLifecycleTest {

    private static final Map<ReferralStatus, List<Object>> HISTORY = Map.of(
            ReferralStatus.REQUESTED, List.of(),
            ReferralStatus.ACCEPTED, List.of(accepted()),
            ReferralStatus.IN_PROGRESS, List.of(accepted(), started()),
            ReferralStatus.DECLINED, List.of(new ReferralDeclinedEvent(CASE, REF, DeclineReason.NO_CAPACITY, sealed("full"), focalPoint(IOM))),
            ReferralStatus.COMPLETED, List.of(accepted(), new ReferralCompletedEvent(CASE, REF, sealed("done"), caseworker(IOM))),
            ReferralStatus.FAILED, List.of(accepted(), new ReferralFailedEvent(CASE, REF, sealed("unreachable"), caseworker(IOM))),
            ReferralStatus.WITHDRAWN, List.of(new ReferralWithdrawnEvent(CASE, REF, sealed("resolved"), caseworker(MOEWOE))));

    private record Transition(String name, Supplier<CaseCommand> command, Class<?> event, Set<ReferralStatus> from) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition("accept", () -> new AcceptReferralCommand(CASE, REF, focalPoint(IOM)),
                    ReferralAcceptedEvent.class, Set.of(ReferralStatus.REQUESTED)),
            new Transition("decline", () -> new DeclineReferralCommand(CASE, REF, DeclineReason.NOT_ELIGIBLE, sealed("no"), focalPoint(IOM)),
                    ReferralDeclinedEvent.class, Set.of(ReferralStatus.REQUESTED)),
            new Transition("start", () -> new StartServiceCommand(CASE, REF, caseworker(IOM)),
                    ReferralServiceStartedEvent.class, Set.of(ReferralStatus.ACCEPTED)),
            new Transition("complete", () -> new CompleteReferralCommand(CASE, REF, sealed("reintegrated"), caseworker(IOM)),
                    ReferralCompletedEvent.class, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)),
            new Transition("fail", () -> new FailReferralCommand(CASE, REF, sealed("moved away"), caseworker(IOM)),
                    ReferralFailedEvent.class, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)),
            new Transition("withdraw", () -> new WithdrawReferralCommand(CASE, REF, sealed("not needed"), caseworker(MOEWOE)),
                    ReferralWithdrawnEvent.class, Set.of(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)));

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Transition t : TRANSITIONS) {
            for (ReferralStatus status : ReferralStatus.values()) {
                cells.add(Arguments.of(t, status));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("cells")
    void each_command_is_allowed_only_from_its_statuses(Transition transition, ReferralStatus status) {
        List<Object> given = new ArrayList<>(List.of(opened(), requested()));
        given.addAll(HISTORY.get(status));
        var result = fixture().given(given).when(transition.command().get());
        if (transition.from().contains(status)) {
            result.expectSuccessfulHandlerExecution()
                    .expectEventsMatching(Matchers.exactSequenceOf(
                            Matchers.messageWithPayload(
                                    org.hamcrest.Matchers.instanceOf(transition.event())),
                            Matchers.andNoMore()));
        } else {
            result.expectNoEvents().expectException(refusedWith(ErrorCode.INVALID_TRANSITION));
        }
    }
}
