package org.setu.kernel.recruitment;

/** Every recruiting agency entered. */
public record FindRecruitingAgenciesQuery() {
}
