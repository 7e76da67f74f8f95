package org.setu.infra.web;

import org.junit.jupiter.api.Test;
import org.setu.infra.query.ProjectionBarrier;
import org.setu.infra.query.ProjectionsReadiness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness and readiness probes, readable without a token; readiness holds until the projections caught up. */
class ProbesTest extends ApiTestBase {

    @Autowired
    ProjectionBarrier barrier;

    @Test
    void liveness_and_readiness_answer_up_with_the_status_only() {
        openCase();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
    }

    @Test
    void readiness_waits_for_the_head_as_it_stood_at_start_up() {
        openCase();
        ProjectionsReadiness readiness = new ProjectionsReadiness(barrier);
        assertThat(readiness.health().getStatus()).as("before start-up completed").isEqualTo(Status.OUT_OF_SERVICE);
        readiness.onApplicationEvent(null);
        assertThat(readiness.health().getStatus()).as("projections passed the head").isEqualTo(Status.UP);

        ProjectionsReadiness ahead = new ProjectionsReadiness(new ProjectionBarrierAhead(barrier));
        ahead.onApplicationEvent(null);
        assertThat(ahead.health().getStatus()).as("a head no projection has reached").isEqualTo(Status.OUT_OF_SERVICE);
    }

    /** The same barrier, but the head as it stood is ten events beyond what anyone has stored. */
    private static final class ProjectionBarrierAhead extends ProjectionBarrier {
        private final ProjectionBarrier real;

        ProjectionBarrierAhead(ProjectionBarrier real) {
            super(null, null, g -> false, null, null);
            this.real = real;
        }

        @Override
        public long head() {
            return real.head() + 10;
        }

        @Override
        public boolean allPassed(long events) {
            return real.allPassed(events);
        }
    }
}
