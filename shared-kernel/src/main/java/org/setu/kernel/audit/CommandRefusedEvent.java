package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.Stamp;

/**
 * A command that was refused: it wrote no aggregate event, so the refusal itself is recorded for the audit trail.
 * {@code target} is the case or agency id; {@code errorCode} the stable code (or the exception type).
 */
@Revision("1")
public record CommandRefusedEvent(String commandType, String target, Stamp stamp, String errorCode) {
}
