package org.setu.kernel.recruitment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.recruitment.ComplaintStatus.*;

/** Where an award stands, the one rule the complaint's state and its view both follow. */
class ComplaintStatusTest {

    @Test
    void an_award_with_nothing_paid_is_awarded() {
        assertThat(ComplaintStatus.ofAward(50_000, 0)).isEqualTo(AWARDED);
    }

    @Test
    void an_award_paid_in_part_is_partially_paid() {
        assertThat(ComplaintStatus.ofAward(50_000, 20_000)).isEqualTo(PARTIALLY_PAID);
    }

    @Test
    void an_award_paid_in_full_is_paid_also_when_a_new_award_meets_what_was_paid_before() {
        assertThat(ComplaintStatus.ofAward(50_000, 50_000)).isEqualTo(PAID);
        assertThat(ComplaintStatus.ofAward(20_000, 20_000)).isEqualTo(PAID);
    }

    @Test
    void money_moves_only_while_an_award_stands_and_a_paid_award_is_closed_not_paid_on() {
        assertThat(PAYABLE).contains(AWARDED, PARTIALLY_PAID, DEFAULTED, REOPENED).doesNotContain(PAID, HEARING);
        assertThat(DEFAULTABLE).doesNotContain(DEFAULTED, PAID);
        assertThat(CLOSABLE).contains(PAID).doesNotContain(HEARING, RECEIVED);
    }
}
