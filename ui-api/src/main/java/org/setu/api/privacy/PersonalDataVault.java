package org.setu.api.privacy;

import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseId;
import java.util.UUID;

/**
 * Seals and opens personal data with the case subject's own data key. The API is the only place plaintext exists:
 * it seals what a request brings before the command leaves, and opens what a view holds only to render it for a
 * viewer allowed to see it. Calls block (they read the key store): run them off the event loop.
 */
public interface PersonalDataVault {

    /** The subject's key, created if the case has none yet (opening a case; a retried open finds the same key). */
    SubjectKey create(CaseId caseId);

    /**
     * A fresh case id with its subject's key already stored, for opening a case whose id need not be derived from the
     * request (no Idempotency-Key). Keys may be made ahead in batches, so opening a case waits for no key write.
     */
    default NewSubject newSubject() {
        CaseId caseId = new CaseId("C" + UUID.randomUUID());
        return new NewSubject(caseId, create(caseId));
    }

    record NewSubject(CaseId caseId, SubjectKey key) {
    }

    /** The subject's key, looked up only if something is actually opened (a view without personal data needs none). */
    default SubjectKey lazyKey(CaseId caseId) {
        return new SubjectKey() {
            private SubjectKey key;

            private SubjectKey key() {
                if (key == null) {
                    key = PersonalDataVault.this.key(caseId);
                }
                return key;
            }

            @Override
            public Sealed seal(String purpose, String plaintext) {
                return key().seal(purpose, plaintext);
            }

            @Override
            public Opened open(String purpose, Sealed sealed) {
                return key().open(purpose, sealed);
            }
        };
    }

    /** The subject's key as it stands: usable, or erased (seals nothing, opens everything as erased). */
    SubjectKey key(CaseId caseId);

    /**
     * A key for sealing new values, possibly from a short-lived cache of this node (writes are hot; reads never use
     * it). Safe after an erasure: the case refuses new personal data for an erased subject, so nothing sealed with a
     * stale key is ever stored.
     */
    default SubjectKey sealingKey(CaseId caseId) {
        return key(caseId);
    }

    /** One subject's key. {@code purpose} names the value's place ("subject", "note:N…"): a ciphertext only opens there. */
    interface SubjectKey {

        /** @throws org.setu.kernel.common.RuleViolationException SUBJECT_ERASED when the key was destroyed */
        Sealed seal(String purpose, String plaintext);

        Opened open(String purpose, Sealed sealed);
    }

    /** What opening gave: the text, or why there is none. */
    record Opened(State state, String text) {

        public static final String ERASED_TEXT = "[erased]";
        public static final String UNREADABLE_TEXT = "[unreadable]";

        public enum State { CLEAR, ERASED, UNREADABLE }

        public static Opened clear(String text) {
            return new Opened(State.CLEAR, text);
        }

        public static Opened erased() {
            return new Opened(State.ERASED, ERASED_TEXT);
        }

        public static Opened unreadable() {
            return new Opened(State.UNREADABLE, UNREADABLE_TEXT);
        }
    }
}
