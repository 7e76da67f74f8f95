package org.setu.kernel.recruitment;

import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;

import java.util.Set;

/**
 * Who may see a complaint, and how much of it: the one need-to-know policy of complaints, asked by the write side's
 * rules, the complaint view, the lists and the API alike.
 *
 * <ul>
 *   <li>The agency that received it, and every agency it was shared with: all of it ({@link Sight#FULL}).</li>
 *   <li>The secretariat (reviewers, administrators): all complaints, without the complainant's personal data.</li>
 *   <li>A representative of the recruiting agency complained against (its licence in their token): the complaint,
 *   and the complainant's identity only if the complainant consented to that.</li>
 *   <li>Anyone else: nothing, not even that it exists.</li>
 * </ul>
 */
public interface ComplaintParties {

    /** The agency that received the complaint and handles it. */
    AgencyId receivingAgency();

    /** The agencies the complaint was shared with. */
    Set<AgencyId> sharedWith();

    /** The recruiting agency complained against. */
    Licence respondent();

    ComplaintConsent consent();

    /** How much of a complaint a reader sees. */
    enum Sight {
        /** Everything, personal data included. */
        FULL,
        /** Everything but the complainant's personal data. */
        WITHOUT_PERSONAL_DATA,
        /** The respondent's view: no complainant, no free text about them, no other agencies. */
        RESPONDENT,
        /** The respondent's view with the complainant's identity, which they consented to show. */
        RESPONDENT_WITH_IDENTITY,
        /** Nothing: the complaint does not exist for this reader. */
        NONE;

        public boolean any() {
            return this != NONE;
        }

        public boolean personalData() {
            return this == FULL || this == RESPONDENT_WITH_IDENTITY;
        }

        /** The recruiting agency complained against, with or without the complainant's identity. */
        public boolean respondent() {
            return this == RESPONDENT || this == RESPONDENT_WITH_IDENTITY;
        }
    }

    /** The handling side: the receiving agency and those it shared the complaint with. */
    default boolean handles(AgencyId agency) {
        return receivingAgency().equals(agency) || sharedWith().contains(agency);
    }

    default Sight sightOf(Actor reader) {
        if (reader.hasAnyRole(Role.RECRUITER_REPRESENTATIVE)) {
            if (!reader.agency().equals(respondent().asAgencyId())) {
                return Sight.NONE;
            }
            return consent().identityToRecruiter() ? Sight.RESPONDENT_WITH_IDENTITY : Sight.RESPONDENT;
        }
        if (handles(reader.agency()) && reader.hasAnyRole(Role.AGENCY_STAFF)) {
            return Sight.FULL;
        }
        if (reader.hasAnyRole(Role.SECRETARIAT)) {
            return Sight.WITHOUT_PERSONAL_DATA;
        }
        return Sight.NONE;
    }
}
