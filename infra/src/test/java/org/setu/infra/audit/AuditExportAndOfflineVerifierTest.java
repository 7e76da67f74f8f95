package org.setu.infra.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setu.infra.web.ApiTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported log verifies offline against a signed checkpoint and the public key; an edited export does not. */
class AuditExportAndOfflineVerifierTest extends ApiTestBase {

    @Autowired
    AuditCheckpoints checkpoints;

    private String export(String format) {
        return web.get().uri("/api/v1/audit/export?format=" + format).header(HttpHeaders.AUTHORIZATION, bearer("reviewer"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static String verifyOffline(Path log, Path checkpoint, Path key, int expectedExit) {
        var out = new ByteArrayOutputStream();
        int exit = AuditVerifierCli.run(new String[]{log.toString(), checkpoint.toString(), key.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_export_verifies_offline_and_an_edited_one_fails_at_the_edited_entry() throws Exception {
        String caseId = openCase();
        post("/api/v1/cases/" + caseId + "/close", "moe-cw", Map.of("reason", "duplicate")).expectStatus().isNoContent();
        checkpoints.checkpoint();

        Map<?, ?> view = get("/api/v1/audit/checkpoint", "reviewer").expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        Map<?, ?> checkpoint = (Map<?, ?>) view.get("checkpoint");
        assertThat(checkpoint.get("algorithm")).isEqualTo("Ed25519");
        Path dir = Files.createTempDirectory("audit-offline");
        Path checkpointFile = Files.writeString(dir.resolve("checkpoint.json"),
                new ObjectMapper().writeValueAsString(checkpoint));
        Path keyFile = Files.writeString(dir.resolve("public.pem"), (String) view.get("publicKeyPem"));

        String jsonl = export("jsonl");
        List<String> lines = new ArrayList<>(jsonl.lines().filter(l -> !l.isBlank()).toList());
        assertThat((long) lines.size()).isGreaterThanOrEqualTo(((Number) checkpoint.get("entries")).longValue());
        Path log = Files.writeString(dir.resolve("audit.jsonl"), jsonl);
        assertThat(verifyOffline(log, checkpointFile, keyFile, 0)).startsWith("VALID");

        lines.set(1, lines.get(1).replace("\"outcome\":\"ACCEPTED\"", "\"outcome\":\"REFUSED\""));
        Path edited = Files.write(dir.resolve("edited.jsonl"), lines);
        assertThat(verifyOffline(edited, checkpointFile, keyFile, 1)).startsWith("INVALID at entry 2");

        Path truncated = Files.write(dir.resolve("truncated.jsonl"), List.of(lines.get(0)));
        assertThat(verifyOffline(truncated, checkpointFile, keyFile, 1)).contains("INVALID");

        String forged = Files.readString(checkpointFile).replaceFirst("\"entries\":\\d+", "\"entries\":1");
        Path forgedFile = Files.writeString(dir.resolve("forged.json"), forged);
        assertThat(verifyOffline(log, forgedFile, keyFile, 1)).contains("signature does not verify");

        assertThat(export("csv").lines().findFirst()).hasValue(
                "seq,at,actor,agency,roles,action,caseId,referralId,outcome,errorCode,reason,eventId,previousHash,hash");
        get("/api/v1/audit/export", "moe-cw").expectStatus().isForbidden();
        get("/api/v1/audit/verify", "reviewer").expectStatus().isOk().expectBody().jsonPath("$.valid").isEqualTo(true);
    }
}
