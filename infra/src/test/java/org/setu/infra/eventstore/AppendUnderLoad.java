package org.setu.infra.eventstore;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.setu.infra.eventstore.tally.Tally.TallyOpened;
import org.setu.infra.support.TestMongo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The victim of {@link KillNineTest}, run in its own JVM: appends commits from four threads for ever and prints
 * "ACK id" for each one the engine acknowledged, until the test kills it with SIGKILL.
 */
public final class AppendUnderLoad {

    public static void main(String[] args) throws Exception {
        TestMongo mongo = TestMongo.open(Path.of(args[0]), args[1]);
        var engine = new SetuEventStorageEngine(mongo.database(), mongo.durability(),
                JacksonSerializer.defaultSerializer(), new EventStoreMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC());
        PrintStream out = new PrintStream(System.out, false);
        AtomicLong next = new AtomicLong();
        System.out.println("READY");
        System.out.flush();
        for (int t = 0; t < 4; t++) {
            new Thread(() -> {
                while (true) {
                    String id = "k-" + next.incrementAndGet();
                    engine.appendEvents(new GenericDomainEventMessage<>("Tally", id, 0, new TallyOpened(id)));
                    synchronized (out) {
                        out.println("ACK " + id);
                        out.flush();
                    }
                }
            }).start();
        }
        Thread.currentThread().join();
    }
}
