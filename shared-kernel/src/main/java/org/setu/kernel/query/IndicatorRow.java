package org.setu.kernel.query;

import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.MigrationStage;

/**
 * One cell of the network indicators: month (of the request) × category × migration stage × district × receiving
 * agency. No personal data. Durations in hours; null where nothing was decided or completed.
 */
public record IndicatorRow(String month, CaseCategory category, int gcmObjective, MigrationStage migrationStage,
                           String district, String agency, long requested, long accepted, long declined,
                           long completed, long failed, long withdrawn, Double acceptanceRate,
                           Double decisionMedianHours, Double decisionP90Hours, Double completionMedianHours,
                           Double completionP90Hours, long slaBreaches) {
}
