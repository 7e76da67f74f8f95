package org.setu.query.audit;

import org.setu.kernel.audit.AuditCheckpoint;
import org.setu.kernel.audit.AuditEntry;
import org.setu.kernel.audit.AuditVerification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Iterator;

/**
 * Verifies a chain of entries (from the store or an export file) against a signed checkpoint: the chain links, the
 * checkpoint's signature, and that the chain holds the checkpointed head at the checkpointed position.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static AuditVerification verify(Iterator<AuditEntry> chain, AuditCheckpoint checkpoint, PublicKey key) {
        if (checkpoint != null && !signatureValid(checkpoint, key)) {
            return new AuditVerification(false, 0, null, null, "the checkpoint's signature does not verify");
        }
        String previous = AuditChain.GENESIS;
        long seq = 0;
        boolean checkpointSeen = checkpoint == null || checkpoint.entries() == 0;
        while (chain.hasNext()) {
            seq++;
            AuditEntry entry = chain.next();
            String problem = AuditChain.check(entry, seq, previous);
            if (problem != null) {
                return new AuditVerification(false, seq, null, seq, problem);
            }
            previous = entry.hash();
            if (checkpoint != null && seq == checkpoint.entries()) {
                if (!checkpoint.headHash().equals(previous)) {
                    return new AuditVerification(false, seq, null, seq, "entry " + seq + " differs from the signed checkpoint");
                }
                checkpointSeen = true;
            }
        }
        if (!checkpointSeen) {
            return new AuditVerification(false, seq, null, seq + 1,
                    "the chain has " + seq + " entries but the checkpoint vouches for " + checkpoint.entries());
        }
        return new AuditVerification(true, seq, previous, null, null);
    }

    public static boolean signatureValid(AuditCheckpoint checkpoint, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(checkpoint.algorithm());
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
