package org.setu.query.recruitment;

import java.time.Instant;

/**
 * What the recruitment indicators keep of one complaint: no personal data, only the dimensions and the amounts.
 * {@code resolvedAt} is set while the complaint is closed (a reopening clears it); {@code version} is the last
 * event applied, so a redelivered payment is not counted twice.
 */
record ComplaintFact(String complaintId, String licence, String month, String sex, String country, Long costPaidBdt,
                     Long monthlyWageBdt, Long claimedBdt, Long awardedBdt, long paidBdt, Instant receivedAt,
                     Instant resolvedAt, long version) {

    ComplaintFact awarded(long amount, long seq) {
        return new ComplaintFact(complaintId, licence, month, sex, country, costPaidBdt, monthlyWageBdt, claimedBdt,
                amount, paidBdt, receivedAt, resolvedAt, seq);
    }

    ComplaintFact paid(long amount, long seq) {
        return new ComplaintFact(complaintId, licence, month, sex, country, costPaidBdt, monthlyWageBdt, claimedBdt,
                awardedBdt, paidBdt + amount, receivedAt, resolvedAt, seq);
    }

    ComplaintFact resolved(Instant at, long seq) {
        return new ComplaintFact(complaintId, licence, month, sex, country, costPaidBdt, monthlyWageBdt, claimedBdt,
                awardedBdt, paidBdt, receivedAt, at, seq);
    }

    ComplaintFact at(long seq) {
        return resolved(resolvedAt, seq);
    }
}
