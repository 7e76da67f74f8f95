package org.setu.infra.privacy;

import org.setu.kernel.referral.CaseCategory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a subject's personal data is kept after their case closed, per category
 * ({@code setu.retention.periods.TRAFFICKING=3650d}); a category without a period is kept until erased on request.
 * {@code setu.retention.check-interval} is how often the job looks.
 */
public class RetentionSettings {

    private Map<CaseCategory, Duration> periods = new EnumMap<>(CaseCategory.class);
    private Duration checkInterval = Duration.ofHours(1);

    public Map<CaseCategory, Duration> getPeriods() {
        return periods;
    }

    public void setPeriods(Map<CaseCategory, Duration> periods) {
        this.periods = periods;
    }

    public Duration getCheckInterval() {
        return checkInterval;
    }

    public void setCheckInterval(Duration checkInterval) {
        this.checkInterval = checkInterval;
    }
}
