package org.setu.infra.privacy;

import io.micrometer.core.instrument.Counter;
import org.setu.api.privacy.PersonalDataVault.Opened;
import org.setu.api.privacy.PersonalDataVault.SubjectKey;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.RuleViolationException;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The three states of a subject's key: usable, destroyed (erased, or never made), broken (fails authentication). */
final class SubjectKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SubjectKeys.class);

    private SubjectKeys() {
    }

    /** A key that seals and opens values bound to {@code caseId|purpose}; failures are counted in {@code unreadable}. */
    record Usable(CaseId caseId, SecretKey key, Counter unreadable) implements SubjectKey {

        @Override
        public Sealed seal(String purpose, String plaintext) {
            byte[] sealed = AesGcm.seal(key, place(purpose), plaintext.getBytes(StandardCharsets.UTF_8));
            return new Sealed(Sealed.PREFIX + Base64.getEncoder().encodeToString(sealed));
        }

        @Override
        public Opened open(String purpose, Sealed sealed) {
            if (sealed == null) {
                return Opened.erased();
            }
            try {
                byte[] bytes = Base64.getDecoder().decode(sealed.value().substring(Sealed.PREFIX.length()));
                return Opened.clear(new String(AesGcm.open(key, place(purpose), bytes), StandardCharsets.UTF_8));
            } catch (AesGcm.TamperedException | IllegalArgumentException e) {
                LOG.warn("A sealed value ({}) of case {} fails authentication: shown as unreadable", purpose, caseId);
                unreadable.increment();
                return Opened.unreadable();
            }
        }

        private String place(String purpose) {
            return caseId.value() + "|" + purpose;
        }

        @Override
        public String toString() {
            return "Usable[" + caseId + "]";
        }
    }

    record Destroyed(CaseId caseId) implements SubjectKey {
        @Override
        public Sealed seal(String purpose, String plaintext) {
            throw new RuleViolationException(ErrorCode.SUBJECT_ERASED, "The subject of case " + caseId + " was erased");
        }

        @Override
        public Opened open(String purpose, Sealed sealed) {
            return Opened.erased();
        }
    }

    record Broken(CaseId caseId) implements SubjectKey {
        @Override
        public Sealed seal(String purpose, String plaintext) {
            throw new RuleViolationException(ErrorCode.PERSONAL_DATA_UNAVAILABLE,
                    "The data key of case " + caseId + " cannot be opened");
        }

        @Override
        public Opened open(String purpose, Sealed sealed) {
            return Opened.unreadable();
        }
    }
}
