package org.setu.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.kernel.audit.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit trail's hash chain: an entry's hash is SHA-256 over its canonical JSON (fixed key order, the previous
 * entry's hash included), so editing, deleting or reordering any entry breaks every hash from there on.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChain() {
    }

    public static String canonical(AuditEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", e.seq());
        fields.put("at", e.at() == null ? null : e.at().toString());
        fields.put("actor", e.actor());
        fields.put("agency", e.agency());
        fields.put("roles", e.roles());
        fields.put("action", e.action());
        fields.put("caseId", e.caseId());
        fields.put("referralId", e.referralId());
        fields.put("outcome", e.outcome());
        fields.put("errorCode", e.errorCode());
        fields.put("reason", e.reason());
        fields.put("eventId", e.eventId());
        fields.put("previousHash", e.previousHash());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e1) {
            throw new IllegalStateException(e1);
        }
    }

    public static String hash(AuditEntry e) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The entry with its hash filled in. */
    public static AuditEntry seal(AuditEntry e) {
        AuditEntry unsealed = new AuditEntry(e.seq(), e.at(), e.actor(), e.agency(), e.roles(), e.action(), e.caseId(),
                e.referralId(), e.outcome(), e.errorCode(), e.reason(), e.eventId(), e.previousHash(), null);
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.agency(), e.roles(), e.action(), e.caseId(), e.referralId(),
                e.outcome(), e.errorCode(), e.reason(), e.eventId(), e.previousHash(), hash(unsealed));
    }

    /** Null when the entry follows {@code previousHash} at {@code seq} and its hash is right; otherwise the problem. */
    public static String check(AuditEntry e, long seq, String previousHash) {
        if (e == null) {
            return "entry " + seq + " is missing";
        }
        if (e.seq() != seq) {
            return "entry at position " + seq + " says it is entry " + e.seq();
        }
        if (!previousHash.equals(e.previousHash())) {
            return "entry " + seq + " does not follow the previous entry's hash";
        }
        if (!seal(e).hash().equals(e.hash())) {
            return "entry " + seq + " was altered: its content does not match its hash";
        }
        return null;
    }
}
