package org.setu.command.referral;

import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.Parties;
import org.setu.kernel.referral.PartiesContract;

import java.util.List;

/** The write side's case state answers the need-to-know table with the kernel's policy (and so refuses by it). */
class CasePartiesTest extends PartiesContract {

    @Override
    protected Parties after(List<CaseEvent> events) {
        CaseState state = CaseState.NONE;
        for (CaseEvent event : events) {
            state = state.evolve(event);
        }
        return state;
    }
}
