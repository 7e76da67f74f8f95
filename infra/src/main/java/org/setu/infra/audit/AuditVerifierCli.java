package org.setu.infra.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.setu.kernel.audit.AuditCheckpoint;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditVerification;
import org.setu.query.audit.AuditVerifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The offline verifier: checks an exported audit log (JSON Lines) against a signed checkpoint (the JSON of
 * {@code GET /api/v1/audit/checkpoint}'s {@code checkpoint}) and the public key (PEM), without Setu or its database.
 * <pre>java -cp setu.jar -Dloader.main=org.setu.infra.audit.AuditVerifierCli \
 *     org.springframework.boot.loader.launch.PropertiesLauncher audit.jsonl checkpoint.json audit-public.pem</pre>
 * Exit status 0 when the log verifies, 1 when it does not (naming the first broken entry), 2 on bad arguments.
 */
public final class AuditVerifierCli {

    private AuditVerifierCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length != 3) {
            out.println("usage: AuditVerifierCli <export.jsonl> <checkpoint.json> <public-key.pem>");
            return 2;
        }
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        try {
            List<String> lines = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
            AuditCheckpoint checkpoint = json.readValue(Files.readString(Path.of(args[1])), AuditCheckpoint.class);
            var key = AuditVerifier.publicKey(Files.readString(Path.of(args[2])));
            Iterator<AuditEntry> entries = lines.stream().map(line -> {
                try {
                    return json.readValue(line, AuditEntry.class);
                } catch (IOException e) {
                    throw new IllegalArgumentException("not an audit entry: " + line, e);
                }
            }).iterator();
            AuditVerification verdict = AuditVerifier.verify(entries, checkpoint, key);
            if (verdict.valid()) {
                out.println("VALID: " + verdict.entries() + " entries, head " + verdict.headHash()
                        + "; checkpoint of " + checkpoint.entries() + " entries signed " + checkpoint.at());
                return 0;
            }
            out.println("INVALID at entry " + verdict.firstBrokenEntry() + ": " + verdict.problem());
            return 1;
        } catch (Exception e) {
            out.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }
}
