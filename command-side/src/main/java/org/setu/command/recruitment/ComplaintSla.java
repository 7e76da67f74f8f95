package org.setu.command.recruitment;

import org.setu.kernel.recruitment.ComplaintDeadline;

import java.time.Duration;

/**
 * How long a complaint may wait: registration within 7 days of receipt, the first hearing within 30 days of
 * registration, by default (docs/recruitment.md: the complaint cells' practice; {@code setu.sla.complaints.*}).
 */
public record ComplaintSla(Duration registration, Duration firstHearing) {

    public ComplaintSla {
        if (registration == null || registration.isNegative() || registration.isZero()
                || firstHearing == null || firstHearing.isNegative() || firstHearing.isZero()) {
            throw new IllegalArgumentException("Complaint SLAs must be positive: registration " + registration
                    + ", first hearing " + firstHearing);
        }
    }

    public static ComplaintSla standard() {
        return new ComplaintSla(Duration.ofDays(7), Duration.ofDays(30));
    }

    Duration limit(ComplaintDeadline deadline) {
        return deadline == ComplaintDeadline.REGISTRATION ? registration : firstHearing;
    }
}
