package org.setu.kernel.recruitment;

/** Recruitment indicators for the months {@code fromMonth}..{@code toMonth} ({@code yyyy-MM}), of one licence or all. */
public record FindRecruitmentIndicatorsQuery(String fromMonth, String toMonth, Licence licence) {
}
