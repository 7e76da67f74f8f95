package org.setu.command.recruitment;

import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.recruitment.Licence;

import java.util.Optional;

/** What the recruitment rules look up beyond the aggregate at hand: set validation across aggregates. */
public interface RecruitmentLookup {

    /** Whether a recruiting agency was entered under this licence. */
    boolean licensed(Licence licence);

    /** The recruiting agency a complaint is against, if the complaint exists. */
    Optional<Licence> respondentOf(ComplaintId complaintId);
}
