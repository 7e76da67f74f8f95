package org.setu.command.recruitment;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.SetuException;
import org.setu.kernel.recruitment.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.command.recruitment.Complaints.*;

/**
 * The steps a page offers ({@code ComplaintProgress.nextSteps}, in the kernel) are exactly the steps the rules take,
 * for every status reached by many histories, reopenings at each stage included.
 */
class ComplaintProgressAgreesWithRulesTest {

    private static final long AWARD = 100_000;

    /** Steps of the walks: the lifecycle's, and paying the rest of the award ({@code pay-rest}, a payment). */
    private static final Map<String, Function<ComplaintState, ComplaintCommand>> STEPS = new HashMap<>();

    static {
        STEPS.put("pay-rest", s -> new RecordPaymentCommand(COMPLAINT, s.outstandingBdt(), caseworker(MOEWOE)));
        STEPS.put("register", s -> new RegisterComplaintCommand(COMPLAINT, caseworker(MOEWOE)));
        STEPS.put("notify-agency", s -> new NotifyRecruiterCommand(COMPLAINT, caseworker(MOEWOE)));
        STEPS.put("hearing", s -> new RecordHearingCommand(COMPLAINT, T0.minusSeconds(3600), caseworker(MOEWOE)));
        STEPS.put("award", s -> new MakeAwardCommand(COMPLAINT, Math.max(AWARD, s.paidBdt()), caseworker(MOEWOE)));
        STEPS.put("payment", s -> new RecordPaymentCommand(COMPLAINT, 1, caseworker(MOEWOE)));
        STEPS.put("default", s -> new RecordDefaultCommand(COMPLAINT, sealed("no payment"), caseworker(MOEWOE)));
        STEPS.put("refer-to-court", s -> new ReferComplaintToCourtCommand(COMPLAINT, sealed("fraud"), caseworker(MOEWOE)));
        STEPS.put("withdraw", s -> new WithdrawComplaintCommand(COMPLAINT, sealed("settled"), caseworker(MOEWOE)));
        STEPS.put("close", s -> new CloseComplaintCommand(COMPLAINT, sealed("done"), caseworker(MOEWOE)));
        STEPS.put("reopen", s -> new ReopenComplaintCommand(COMPLAINT, sealed("again"), caseworker(MOEWOE)));
    }

    /** Each history is a walk of steps from filing; every prefix of it is a state to check. */
    private static final List<List<String>> WALKS = List.of(
            List.of("register", "notify-agency", "hearing", "hearing", "award", "payment", "default", "payment",
                    "close", "reopen", "payment", "close"),
            List.of("withdraw", "reopen", "notify-agency", "hearing", "award", "default", "close", "reopen", "close"),
            List.of("register", "refer-to-court", "reopen", "notify-agency", "refer-to-court", "reopen", "hearing",
                    "withdraw", "reopen", "award", "withdraw", "reopen", "payment", "default", "payment"),
            List.of("register", "notify-agency", "hearing", "award", "payment", "pay-rest", "close", "reopen", "award"));

    @Test
    void a_page_offers_exactly_the_steps_the_rules_would_take() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (List<String> walk : WALKS) {
            ComplaintState state = ComplaintState.NONE.evolve(filed());
            for (String taken : walk) {
                Set<String> offered = progress(state).nextSteps();
                Set<String> taking = new LinkedHashSet<>();
                for (String step : ComplaintProgress.STEPS) {
                    if (accepted(step, state)) {
                        taking.add(step);
                    }
                }
                checked++;
                if (!offered.equals(taking)) {
                    wrong.add(state.status() + " after " + walk + ": offered " + offered + " but the rules take " + taking);
                }
                assertThat(taking).as("the walk itself follows the rules at %s", taken)
                        .contains(taken.equals("pay-rest") ? "payment" : taken);
                state = state.evolve(ComplaintRules.decide(STEPS.get(taken).apply(state), state, deps()).get(0));
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_walks_reach_every_status() {
        Set<ComplaintStatus> reached = new LinkedHashSet<>();
        for (List<String> walk : WALKS) {
            ComplaintState state = ComplaintState.NONE.evolve(filed());
            reached.add(state.status());
            for (String taken : walk) {
                state = state.evolve(ComplaintRules.decide(STEPS.get(taken).apply(state), state, deps()).get(0));
                reached.add(state.status());
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(ComplaintStatus.values());
    }

    private static ComplaintProgress progress(ComplaintState s) {
        return new ComplaintProgress(s.complaintId(), s.status(), s.recruiterNotified(), s.hearings(), s.awardBdt(),
                s.paidBdt());
    }

    private static boolean accepted(String step, ComplaintState state) {
        try {
            return !ComplaintRules.decide(STEPS.get(step).apply(state), state, deps()).isEmpty();
        } catch (SetuException refused) {
            return false;
        }
    }
}
