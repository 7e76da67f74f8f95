package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.referral.CaseCategory;

/** Network indicators for months {@code from}..{@code to} (YYYY-MM, inclusive); other filters optional. */
public record FindIndicatorsQuery(String fromMonth, String toMonth, CaseCategory category, String district,
                                  AgencyId agency) {
}
