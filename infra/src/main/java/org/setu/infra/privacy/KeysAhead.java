package org.setu.infra.privacy;

import org.setu.kernel.referral.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Case ids whose subject keys are already stored: made {@code batch} at a time in one write, refilled in the
 * background when half are taken. A key made ahead and never used (the node stopped) is an orphan with nothing under it.
 */
final class KeysAhead implements AutoCloseable {

    /** A case id and its key, stored. */
    record Made(CaseId caseId, SecretKey key) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(KeysAhead.class);
    private final int batch;
    private final Consumer<List<Made>> store;
    private final BlockingQueue<Made> ready = new LinkedBlockingQueue<>();
    private final AtomicBoolean refilling = new AtomicBoolean();
    private final ExecutorService refiller = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "setu-subject-keys");
        t.setDaemon(true);
        return t;
    });

    KeysAhead(int batch, Consumer<List<Made>> store) {
        this.batch = batch;
        this.store = store;
    }

    /** A stored key, or empty when the batch ran out (the caller makes one now). */
    Optional<Made> take() {
        Made next = ready.poll();
        if (ready.size() < batch / 2 && refilling.compareAndSet(false, true)) {
            refiller.execute(this::refill);
        }
        return Optional.ofNullable(next);
    }

    private void refill() {
        try {
            List<Made> made = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                made.add(new Made(new CaseId("C" + UUID.randomUUID()), AesGcm.newKey()));
            }
            store.accept(made);
            ready.addAll(made);
        } catch (RuntimeException e) {
            LOG.warn("Making subject keys ahead failed; cases are opened with keys made on demand meanwhile", e);
        } finally {
            refilling.set(false);
        }
    }

    @Override
    public void close() {
        refiller.shutdownNow();
    }
}
