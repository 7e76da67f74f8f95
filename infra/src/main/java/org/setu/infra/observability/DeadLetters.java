package org.setu.infra.observability;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.queryhandling.QueryHandler;
import org.setu.kernel.admin.DeadLetterReport;
import org.setu.kernel.admin.FindDeadLettersQuery;
import org.setu.kernel.admin.RetryDeadLettersCommand;
import org.setu.kernel.audit.AdminActionEvent;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.UnknownResourceException;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;

/**
 * A handler failure never stops a projection silently: the event goes to the group's dead-letter queue (MongoDB),
 * the health check turns DEGRADED naming the group, and an administrator can hand the letters back to the handlers
 * (recorded in the audit trail, with how many sequences were cleared).
 */
@Component("deadLetters")
public class DeadLetters extends AbstractHealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "Events are waiting in a dead-letter queue");
    private final EventProcessingConfiguration processing;
    private final EventGateway audit;

    public DeadLetters(EventProcessingConfiguration processing, EventGateway audit) {
        super("The dead-letter check failed");
        this.processing = processing;
        this.audit = audit;
    }

    @QueryHandler
    public DeadLetterReport handle(FindDeadLettersQuery query) {
        List<DeadLetterReport.Group> groups = new ArrayList<>();
        for (String group : new TreeSet<>(processing.eventProcessors().keySet())) {
            processing.deadLetterQueue(group).ifPresent(queue -> {
                TreeSet<String> causes = new TreeSet<>();
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    for (var letter : sequence) {
                        letter.cause().ifPresent(c -> causes.add(c.type()));
                    }
                }
                groups.add(new DeadLetterReport.Group(group, queue.amountOfSequences(), queue.size(), List.copyOf(causes)));
            });
        }
        return new DeadLetterReport(groups);
    }

    @CommandHandler
    public Integer handle(RetryDeadLettersCommand command) {
        var processor = processing.sequencedDeadLetterProcessor(command.processingGroup()).orElseThrow(() ->
                new UnknownResourceException(ErrorCode.PROJECTION_NOT_FOUND, "No processing group " + command.processingGroup()));
        int cleared = 0;
        while (processor.processAny()) {
            cleared++;
        }
        audit.publish(new AdminActionEvent(AdminActionEvent.Action.DEAD_LETTERS_RETRIED, command.processingGroup(),
                cleared + " sequences cleared", command.stamp()));
        return cleared;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        DeadLetterReport report = handle(new FindDeadLettersQuery());
        for (DeadLetterReport.Group group : report.groups()) {
            if (group.letters() > 0) {
                builder.withDetail(group.processingGroup(), Map.of("sequences", group.sequences(),
                        "letters", group.letters(), "causes", group.causes()));
            }
        }
        builder.withDetail("letters", report.letters());
        builder.status(report.letters() > 0 ? DEGRADED : Status.UP);
    }
}
