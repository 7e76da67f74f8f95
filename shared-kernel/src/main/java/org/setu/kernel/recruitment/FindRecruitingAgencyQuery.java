package org.setu.kernel.recruitment;

/** One recruiting agency's record. */
public record FindRecruitingAgencyQuery(Licence licence) {
}
