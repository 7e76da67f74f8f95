package org.setu.kernel.sharing;

import org.junit.jupiter.api.Test;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.referral.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which events a partner feed carries, decided for every event in one place: a new event is either given a feed
 * type or named here as never shared, so none is carried by accident and none an agreement names is silently missing.
 */
class FeedEventTypesTest {

    /** Personal data, consent, notes, access grants, offers not yet taken, sharing inside the network, raw counts. */
    private static final Set<Class<?>> NEVER_SHARED = Set.of(ConsentRecordedEvent.class, ConsentWithdrawnEvent.class,
            ConsentOverriddenEvent.class, NoteAddedEvent.class, LeadTransferRequestedEvent.class,
            LeadTransferDeclinedEvent.class, SubjectErasedEvent.class, BreakGlassGrantedEvent.class,
            ComplaintSharedEvent.class, ComplainantErasedEvent.class, ComplaintLinkedToCaseEvent.class,
            DeploymentsRecordedEvent.class, SubAgentRegisteredEvent.class);

    private static List<Class<?>> everyEvent() {
        return Stream.of(CaseEvent.class, ComplaintEvent.class, RecruitingAgencyEvent.class)
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses())).toList();
    }

    @Test
    void every_event_has_a_feed_type_or_is_named_as_never_shared_and_not_both() {
        List<String> undecided = new ArrayList<>();
        for (Class<?> event : everyEvent()) {
            boolean carried = FeedEventTypes.ofType(event) != null;
            if (carried == NEVER_SHARED.contains(event)) {
                undecided.add(event.getSimpleName() + (carried ? " (both)" : " (neither)"));
            }
        }
        assertThat(undecided).isEmpty();
    }

    @Test
    void each_known_type_is_the_type_of_exactly_one_event() {
        List<String> types = everyEvent().stream().map(FeedEventTypes::ofType).filter(t -> t != null).toList();
        assertThat(types).doesNotHaveDuplicates();
        assertThat(Set.copyOf(types)).isEqualTo(FeedEventTypes.KNOWN);
    }

    @Test
    void an_agreement_names_known_types_or_all_and_an_unknown_one_is_refused_by_name() {
        assertThat(FeedEventTypes.requireKnown(Set.of("org.setu.referral.accepted.v1")))
                .containsExactly("org.setu.referral.accepted.v1");
        assertThat(FeedEventTypes.requireKnown(Set.of(FeedEventTypes.ALL))).containsExactly(FeedEventTypes.ALL);
        assertThatThrownBy(() -> FeedEventTypes.requireKnown(Set.of("org.setu.note.v1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("org.setu.note.v1");
    }
}
