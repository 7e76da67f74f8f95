package org.setu.command.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.setu.kernel.common.StampedCommand;

/**
 * Finds a command's target aggregate through {@link StampedCommand}, so that the message contract needs no Axon
 * modelling annotation (other commands fall back to Axon's annotations), and reads the version the client expects (an {@code If-Match} header) from the metadata.
 */
public final class StampedCommandTargetResolver implements CommandTargetResolver {

    public static final String EXPECTED_VERSION = "expectedVersion";
    private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof StampedCommand stamped)) {
            return annotated.resolveTarget(command);
        }
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        Long version = expected instanceof Number n ? n.longValue() : null;
        return new VersionedAggregateIdentifier(stamped.targetAggregateId(), version);
    }
}
