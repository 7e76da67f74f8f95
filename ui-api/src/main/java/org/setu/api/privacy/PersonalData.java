package org.setu.api.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.query.NoteView;
import org.setu.kernel.query.ReferralView;
import org.setu.kernel.referral.NoteId;
import org.setu.kernel.referral.ReferralId;
import org.setu.kernel.referral.SubjectData;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The places personal data is sealed at, and its plaintext form: the subject as a small JSON object, notes as their
 * text. Each value is sealed for its own place, so a ciphertext copied to another case or field does not open.
 */
public final class PersonalData {

    public static final String SUBJECT = "subject";
    /** Free-text reasons and outcomes on the case (decline, close, withdraw, outcome, ...). */
    public static final String REASON = "reason";
    public static final String[] SUBJECT_FIELDS = {"fullName", "dateOfBirth", "sex", "phone", "passportNumber"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalData() {
    }

    public static String note(NoteId noteId) {
        return "note:" + noteId.value();
    }

    public static String referralNote(ReferralId referralId) {
        return "referral-note:" + referralId.value();
    }

    public static Sealed seal(PersonalDataVault.SubjectKey key, SubjectData subject) {
        ObjectNode node = JSON.createObjectNode();
        node.put("fullName", subject.fullName());
        node.put("dateOfBirth", subject.dateOfBirth() == null ? null : subject.dateOfBirth().toString());
        node.put("sex", subject.sex());
        node.put("phone", subject.phone());
        node.put("passportNumber", subject.passportNumber());
        return key.seal(SUBJECT, node.toString());
    }

    /**
     * The subject's fields by name as they can be shown: the values, or every field reading {@code [erased]} /
     * {@code [unreadable]}. Absent optional fields stay null.
     */
    public static Map<String, String> openSubject(PersonalDataVault.SubjectKey key, Sealed subject, boolean erased) {
        PersonalDataVault.Opened opened = erased || subject == null ? PersonalDataVault.Opened.erased()
                : key.open(SUBJECT, subject);
        Map<String, String> fields = new LinkedHashMap<>();
        if (opened.state() != PersonalDataVault.Opened.State.CLEAR) {
            for (String field : SUBJECT_FIELDS) {
                fields.put(field, opened.text());
            }
            return fields;
        }
        try {
            JsonNode node = JSON.readTree(opened.text());
            for (String field : SUBJECT_FIELDS) {
                JsonNode value = node.get(field);
                fields.put(field, value == null || value.isNull() ? null : value.asText());
            }
            return fields;
        } catch (JsonProcessingException e) {
            for (String field : SUBJECT_FIELDS) {
                fields.put(field, PersonalDataVault.Opened.UNREADABLE_TEXT);
            }
            return fields;
        }
    }

    public static String openNote(PersonalDataVault.SubjectKey key, NoteView note) {
        return key.open(note(note.noteId()), note.text()).text();
    }

    /** A reason or outcome, or null when there is none; {@code [erased]} once the subject is erased. */
    public static String openReason(PersonalDataVault.SubjectKey key, Sealed reason) {
        return reason == null ? null : key.open(REASON, reason).text();
    }

    /** An audit entry's reason: sealed ones ({@code v1:…}) opened with the case's key, others as they are. */
    public static String openRecorded(PersonalDataVault.SubjectKey key, String recorded) {
        if (recorded == null || !recorded.startsWith(Sealed.PREFIX)) {
            return recorded;
        }
        try {
            return key.open(REASON, new Sealed(recorded)).text();
        } catch (RuntimeException notSealed) {
            return PersonalDataVault.Opened.UNREADABLE_TEXT;
        }
    }

    /** A referral's note, or null when it had none (or it went with the subject's erasure). */
    public static String openReferralNote(PersonalDataVault.SubjectKey key, ReferralView referral) {
        return referral.note() == null ? null : key.open(referralNote(referral.referralId()), referral.note()).text();
    }
}
