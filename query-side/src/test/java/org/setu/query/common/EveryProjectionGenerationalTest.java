package org.setu.query.common;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.setu.query.referral.CaseViewProjection;
import org.setu.query.referral.CaseloadProjection;
import org.setu.query.indicators.IndicatorsProjection;
import org.setu.query.referral.ReferralQueueProjection;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * The four projections that kept their own generation bookkeeping now inherit it: Axon finds the base class's reset
 * handler on each, a reset starts a generation, and their groups and collections are the ones stored before.
 */
class EveryProjectionGenerationalTest {

    private final Generations generations = mock(Generations.class);

    private final Map<GenerationalProjection, List<String>> stored = Map.of(
            new CaseViewProjection(generations), List.of("case-views", "case_views"),
            new CaseloadProjection(generations), List.of("caseloads", "caseload_rows", "caseload_cases"),
            new IndicatorsProjection(generations),
            List.of("network-indicators", "indicator_cases", "indicator_referrals"),
            new ReferralQueueProjection(generations, SimpleQueryUpdateEmitter.builder().build()),
            List.of("referral-queues", "referral_queue"));

    @Test
    void a_reset_starts_a_new_generation_of_each() {
        stored.keySet().forEach(projection -> {
            var adapter = new AnnotationEventHandlerAdapter(projection);
            assertThat(adapter.supportsReset()).as(projection.processingGroup()).isTrue();
            adapter.prepareReset();
            verify(generations).startBuilding(projection);
        });
    }

    @Test
    void each_keeps_its_processing_group_and_collections() {
        stored.forEach((projection, names) -> {
            assertThat(projection.processingGroup()).isEqualTo(names.get(0));
            assertThat(projection.collections()).containsExactlyElementsOf(names.subList(1, names.size()));
        });
    }
}
