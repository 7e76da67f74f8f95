package org.setu.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.setu.api.privacy.PersonalData;
import org.setu.infra.eventstore.SetuEventStorageEngine;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.privacy.MasterKey;
import org.setu.infra.privacy.MongoPersonalDataVault;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.RegisterAgencyCommand;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.privacy.EraseSubjectCommand;
import org.setu.kernel.privacy.ErasureBasis;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The cost of sealing personal data: command throughput with encryption on (the API's work: make or read the
 * subject's key, seal, then send) and off (the same commands with a ready-made sealed value), side by side in one run,
 * and the time to erase a subject with 1,000 events.
 * Usage: {@code mvn -q -B -pl bench -am verify -DskipTests -Dbench -Dbench.main=org.setu.bench.PrivacyBenchmark
 * [-Dbench.args="seconds=5 repeats=3"]}.
 */
public final class PrivacyBenchmark {

    private static final AgencyId LEAD = new AgencyId("moewoe");
    private static final SubjectData SUBJECT = new SubjectData("Rahima Begum", LocalDate.of(1990, 1, 31), "F",
            "+8801700000000", "BX1234567");
    private static final String NOTE = "Follow-up call: she is safe at her sister's and asks for legal aid.";

    private PrivacyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = EventStoreBenchmark.Options.parse(args);
        Path dir = TempDirs.create("setu-bench-privacy-");
        try (MongoConnection mongo = MongoConnection.open(null, dir)) {
            SetuEventStorageEngine engine = BenchNode.setuEngine(mongo.database(), mongo.durability());
            var keys = mongo.database().getCollection(MongoPersonalDataVault.COLLECTION);
            var vault = new MongoPersonalDataVault(keys, MasterKey.load(null, dir, keys), Clock.systemUTC(),
                    new SimpleMeterRegistry());
            try (BenchNode node = BenchNode.start(mongo.database(), engine, false)) {
                node.commands().sendAndWait(new RegisterAgencyCommand(LEAD, "Ministry", AgencyType.MINISTRY,
                        List.of(new ServiceOffering(ServiceType.REPATRIATION, Set.of("Dhaka"), Set.of("bn"), null)),
                        EventStoreBenchmark.stamp(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
                List<CaseId> workingSet = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    CaseId id = newCase();
                    node.commands().sendAndWait(open(id, PersonalData.seal(vault.create(id), SUBJECT)));
                    workingSet.add(id);
                }
                System.out.printf(Locale.ROOT, "Setu privacy benchmark: seconds=%.1f repeats=%d (%d cores)%n%n",
                        options.seconds(), options.repeats(), Runtime.getRuntime().availableProcessors());
                System.out.println("| threads | creates off /s | creates on /s (key made ahead) | on/off "
                        + "| creates on /s (key made on demand) | on/off | updates off /s | updates on /s | on/off |");
                System.out.println("|---|---|---|---|---|---|---|---|---|");
                for (int threads : new int[]{1, 8}) {
                    List<Double> createsOff = new ArrayList<>();
                    List<Double> createsOn = new ArrayList<>();
                    List<Double> createsOnDemand = new ArrayList<>();
                    List<Double> updatesOff = new ArrayList<>();
                    List<Double> updatesOn = new ArrayList<>();
                    for (int r = 0; r < options.repeats(); r++) {
                        createsOff.add(Throughput.opsPerSecond(threads, options.seconds(), (t, i) ->
                                node.commands().sendAndWait(open(newCase(), EventStoreBenchmark.SEALED_SUBJECT))));
                        // Without an Idempotency-Key the API takes a case id whose key was stored ahead of time...
                        createsOn.add(Throughput.opsPerSecond(threads, options.seconds(), (t, i) -> {
                            var fresh = vault.newSubject();
                            node.commands().sendAndWait(open(fresh.caseId(), PersonalData.seal(fresh.key(), SUBJECT)));
                        }));
                        // ...with one, the id is derived from the key and its subject key is written on demand.
                        createsOnDemand.add(Throughput.opsPerSecond(threads, options.seconds(), (t, i) -> {
                            CaseId id = newCase();
                            node.commands().sendAndWait(open(id, PersonalData.seal(vault.create(id), SUBJECT)));
                        }));
                        updatesOff.add(Throughput.opsPerSecond(threads, options.seconds(), (t, i) ->
                                node.commands().sendAndWait(note(pick(workingSet), n -> EventStoreBenchmark.SEALED_NOTE))));
                        updatesOn.add(Throughput.opsPerSecond(threads, options.seconds(), (t, i) -> {
                            CaseId id = pick(workingSet);
                            node.commands().sendAndWait(note(id, n -> vault.sealingKey(id).seal(PersonalData.note(n), NOTE)));
                        }));
                    }
                    double co = Throughput.median(createsOff);
                    double cn = Throughput.median(createsOn);
                    double cd = Throughput.median(createsOnDemand);
                    double uo = Throughput.median(updatesOff);
                    double un = Throughput.median(updatesOn);
                    System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.0f | %.2f | %.0f | %.0f | %.2f |%n",
                            threads, co, cn, cn / co, cd, cd / co, uo, un, un / uo);
                }
                measureErasure(node, vault);
            }
        }
    }

    /** A subject with 1,000 events (the opening and 999 notes): erase = the command plus the key's destruction. */
    private static void measureErasure(BenchNode node, MongoPersonalDataVault vault) {
        List<Double> millis = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            CaseId id = newCase();
            node.commands().sendAndWait(open(id, PersonalData.seal(vault.create(id), SUBJECT)));
            List<Sealed> notes = new ArrayList<>();
            for (int n = 1; n < 1_000; n++) {
                node.commands().sendAndWait(note(id, noteId -> {
                    Sealed sealed = vault.sealingKey(id).seal(PersonalData.note(noteId), NOTE);
                    notes.add(sealed);
                    return sealed;
                }));
            }
            long start = System.nanoTime();
            node.commands().sendAndWait(new EraseSubjectCommand(id, ErasureBasis.REQUEST, "benchmark",
                    EventStoreBenchmark.stamp(AgencyId.SECRETARIAT, Role.SECRETARIAT_ADMIN)));
            vault.destroy(id);
            millis.add((System.nanoTime() - start) / 1e6);
            var key = vault.key(id);
            if (!key.open(PersonalData.SUBJECT, notes.get(0)).text().equals("[erased]")) {
                throw new IllegalStateException("the erased subject's data still opens");
            }
        }
        System.out.printf(Locale.ROOT, "%nErase a subject with 1,000 events (command + key destruction): median %.1f ms, "
                + "max %.1f ms over %d subjects%n", Throughput.median(millis),
                millis.stream().mapToDouble(Double::doubleValue).max().orElse(0), millis.size());
    }

    private static CaseId newCase() {
        return new CaseId("C" + UUID.randomUUID());
    }

    private static CaseId pick(List<CaseId> cases) {
        return cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
    }

    private static OpenCaseCommand open(CaseId id, Sealed subject) {
        return new OpenCaseCommand(id, new CaseFacts(CaseCategory.TRAFFICKING, MigrationStage.RETURN, "BD", "MY",
                "Dhaka", Set.of()), subject, Consent.NONE, EventStoreBenchmark.stamp(Role.CASEWORKER));
    }

    private static AddNoteCommand note(CaseId id, Function<NoteId, Sealed> seal) {
        NoteId noteId = new NoteId("N" + UUID.randomUUID());
        return new AddNoteCommand(id, noteId, NoteVisibility.ALL_AGENCIES, seal.apply(noteId),
                EventStoreBenchmark.stamp(Role.CASEWORKER));
    }
}
