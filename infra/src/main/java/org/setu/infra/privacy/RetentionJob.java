package org.setu.infra.privacy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.ErasuresDue;
import org.setu.kernel.recruitment.EraseComplainantCommand;
import org.setu.kernel.privacy.FindErasuresDueQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Erases the subjects whose retention period after closure has run out. Each erasure is an ordinary command by the
 * {@code retention-job} actor, so it lands in the audit trail with its basis and reason; its command id is derived
 * from the case, so two nodes (or two runs) erasing the same case record it once.
 */
public class RetentionJob implements AutoCloseable {

    static final Actor ACTOR = new Actor(new StaffId("retention-job"), new AgencyId("secretariat"),
            Set.of(Role.SECRETARIAT_ADMIN));
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 100;
    /** A bound on one run, so a stalled projection cannot keep the job re-sending the same (idempotent) erasures. */
    private static final int MAX_PAGES = 100;

    private final RetentionSettings properties;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "setu-retention");
        t.setDaemon(true);
        return t;
    });

    public RetentionJob(RetentionSettings properties, QueryGateway queries, CommandGateway commands, Clock clock) {
        this.properties = properties;
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    public void start() {
        long every = properties.getCheckInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.error("The retention run failed; it is tried again in {}", properties.getCheckInterval(), e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Erases every subject due now; returns how many. */
    public int runOnce() {
        if (properties.getPeriods().isEmpty()) {
            return 0;
        }
        int erased = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            ErasuresDue due = queries.query(new FindErasuresDueQuery(clock.instant(), properties.getPeriods(), BATCH),
                    ResponseTypes.instanceOf(ErasuresDue.class)).join();
            for (ErasuresDue.Due d : due.cases()) {
                Duration period = properties.getPeriods().get(d.category());
                String reason = "Retention period of " + period + " for " + d.category() + " after closure on "
                        + d.closedAt() + " ended";
                Stamp stamp = new Stamp(new CommandId("retention-" + d.id()), ACTOR, clock.instant());
                commands.sendAndWait(d.kind() == ErasuresDue.Subject.COMPLAINT
                        ? new EraseComplainantCommand(d.complaintId(), ErasureBasis.RETENTION, reason, stamp)
                        : new EraseSubjectCommand(d.caseId(), ErasureBasis.RETENTION, reason, stamp));
                erased++;
            }
            if (due.cases().size() < BATCH) {
                break;
            }
            // The next page is read only once this page's erasures reached the projection; wait briefly for that.
            sleep();
        }
        if (erased > 0) {
            LOG.info("Retention: erased the personal data of {} subject(s) whose period had ended", erased);
        }
        return erased;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
