package org.setu.query.recruitment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the recruitment indicators keep of one sanction: the agency, when it was imposed (its command's stamp), the
 * complaints it cites and whether an appeal overturned it. Never its reason. {@code version} is the agency's last
 * event applied, so a redelivered imposition does not undo an overturning.
 */
record SanctionFact(String sanctionId, String licence, Instant imposedAt, List<String> complaintIds, boolean overturned,
                    long version) {

    SanctionFact {
        complaintIds = List.copyOf(complaintIds);
    }

    /** The month imposed, {@code yyyy-MM} in UTC as the complaints' months. */
    String month() {
        return imposedAt.atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
    }

    SanctionFact overturnedAt(long seq) {
        return new SanctionFact(sanctionId, licence, imposedAt, complaintIds, true, seq);
    }
}
