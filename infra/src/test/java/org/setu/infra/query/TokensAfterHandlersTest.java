package org.setu.infra.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every processor writes its token after its handlers wrote the batch, never before: MongoDB gives the handlers no
 * transaction with the token, so a token stored first would skip the batch after a crash, and another node reading
 * the shared tokens would see the position before the rows (docs/projections.md).
 */
class TokensAfterHandlersTest extends ApiTestBase {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void no_processor_stores_its_token_before_processing() throws Exception {
        Field before = TrackingEventProcessor.class.getDeclaredField("storeTokenBeforeProcessing");
        before.setAccessible(true);
        var processors = processing.eventProcessors().values();
        assertThat(processors).hasSizeGreaterThan(10);
        for (var processor : processors) {
            assertThat(before.getBoolean(processor)).as(processor.getName()).isFalse();
        }
    }
}
