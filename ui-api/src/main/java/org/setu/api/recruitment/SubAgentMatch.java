package org.setu.api.recruitment;

import org.setu.api.reference.NameKey;
import org.setu.kernel.recruitment.RecruitingAgencyView.SubAgent;

import java.util.List;

/**
 * Whether the sub-agent a complaint names is on the agency's register: the name as told (compared as names are,
 * {@link NameKey}: case, canonical Bangla spellings and spaces folded) or the registration number. A complaint
 * names its sub-agent as the worker knew them; an unregistered one is exactly what the 2023 amendment targets.
 */
final class SubAgentMatch {

    private SubAgentMatch() {
    }

    /** The registration number of the named sub-agent, or null if none on the register matches. */
    static String registrationOf(String named, List<SubAgent> register) {
        if (named == null || named.isBlank()) {
            return null;
        }
        String key = NameKey.of(named);
        return register.stream()
                .filter(s -> NameKey.of(s.name()).equals(key) || NameKey.of(s.registration()).equals(key))
                .map(SubAgent::registration).findFirst().orElse(null);
    }
}
