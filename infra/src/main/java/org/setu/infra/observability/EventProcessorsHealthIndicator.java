package org.setu.infra.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Each event processor: running or not, segments in error (with the error), and lag. DOWN if one is in error. */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProcessorLag lag;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, ProcessorLag lag) {
        super("The event processor check failed");
        this.processing = processing;
        this.lag = lag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            var processor = entry.getValue();
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    if (status.isErrorState()) {
                        healthy = false;
                        detail.put("segment " + status.getSegment().getSegmentId() + " error",
                                String.valueOf(status.getError()));
                    }
                }
                ProcessorLag.Lag current = lag.of(streaming);
                detail.put("lagEvents", current.events());
                detail.put("lagSeconds", current.seconds());
            }
            healthy &= processor.isRunning() && !processor.isError();
            builder.withDetail(entry.getKey(), detail);
        }
        (healthy ? builder.up() : builder.down()).build();
    }
}
