package org.setu.command.recruitment;

import org.setu.kernel.recruitment.ComplaintDeadline;
import org.setu.kernel.recruitment.ComplaintId;

import java.time.Instant;

/** The payload of a scheduled complaint deadline: which complaint, which deadline, due when. */
public record ComplaintDeadlinePassed(ComplaintId complaintId, ComplaintDeadline deadline, Instant dueAt) {

    /** One deadline name per complaint and kind, so that meeting it cancels exactly that one. */
    public static String name(ComplaintId complaintId, ComplaintDeadline deadline) {
        return "complaint-sla:" + deadline + ":" + complaintId.value();
    }
}
