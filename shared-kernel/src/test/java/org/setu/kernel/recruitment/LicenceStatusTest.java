package org.setu.kernel.recruitment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.kernel.recruitment.LicenceStatus.*;

/** A licence from its sanctions in force: the gravest decides; warnings and fines leave it licensed. */
class LicenceStatusTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private record Sanction(SanctionKind kind, Instant imposedAt, Integer suspensionDays, boolean overturned)
            implements LicenceStatus.Terms {
    }

    private static Sanction of(SanctionKind kind) {
        return new Sanction(kind, T0, kind == SanctionKind.SUSPENSION ? 30 : null, false);
    }

    @Test
    void warnings_and_fines_leave_the_licence_as_it_was() {
        assertThat(LicenceStatus.of(List.of(of(SanctionKind.WARNING), of(SanctionKind.FINE)), T0)).isEqualTo(LICENSED);
        assertThat(SanctionKind.FINE.restrictsLicence()).isFalse();
    }

    @Test
    void a_cancellation_outweighs_a_suspension_whichever_came_first() {
        assertThat(LicenceStatus.of(List.of(of(SanctionKind.CANCELLATION), of(SanctionKind.SUSPENSION)), T0))
                .isEqualTo(CANCELLED);
        assertThat(LicenceStatus.of(List.of(of(SanctionKind.SUSPENSION), of(SanctionKind.CANCELLATION)), T0))
                .isEqualTo(CANCELLED);
    }

    @Test
    void a_suspension_restricts_for_its_period_and_an_overturned_sanction_not_at_all() {
        assertThat(LicenceStatus.of(List.of(of(SanctionKind.SUSPENSION)), T0.plusSeconds(86_400))).isEqualTo(SUSPENDED);
        assertThat(LicenceStatus.of(List.of(of(SanctionKind.SUSPENSION)), T0.plusSeconds(31 * 86_400L)))
                .isEqualTo(LICENSED);
        assertThat(LicenceStatus.of(List.of(new Sanction(SanctionKind.CANCELLATION, T0, null, true)), T0))
                .isEqualTo(LICENSED);
        assertThat(SanctionKind.SUSPENSION.restrictsLicence()).isTrue();
    }
}
