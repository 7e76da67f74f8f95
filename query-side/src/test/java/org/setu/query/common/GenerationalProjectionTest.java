package org.setu.query.common;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.setu.query.feed.FeedProjection;
import org.setu.query.retention.RetentionProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The reset handler declared once on the base class is found by Axon on every subclass, and starts a generation. */
class GenerationalProjectionTest {

    @Test
    void a_reset_starts_a_new_generation_for_each_subclass() {
        Generations generations = mock(Generations.class);
        for (GenerationalProjection projection : new GenerationalProjection[]{new FeedProjection(generations),
                new RetentionProjection(generations)}) {
            var adapter = new AnnotationEventHandlerAdapter(projection);
            assertThat(adapter.supportsReset()).isTrue();
            adapter.prepareReset();
            verify(generations).startBuilding(projection);
        }
    }
}
