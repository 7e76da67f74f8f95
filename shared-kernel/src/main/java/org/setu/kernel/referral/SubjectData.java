package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.FieldErrors;
import org.setu.kernel.common.Limits;

import java.time.LocalDate;

/**
 * The data subject's personal data, kept apart from the case's non-personal facts so that it can be redacted per
 * viewer and erased by destroying the subject's key. Phone and passport numbers are kept normalised (NFC, ASCII
 * digits), so that one number keyed in two ways is the same text. Every refused field is reported at once.
 */
public record SubjectData(String fullName, LocalDate dateOfBirth, String sex, String phone, String passportNumber) {

    public SubjectData {
        FieldErrors errors = new FieldErrors();
        fullName = errors.check(fullName, v -> Checks.name(v, "subject.fullName", Limits.NAME));
        sex = errors.check(sex, v -> Checks.optionalText(v, "subject.sex", 16));
        phone = errors.check(phone, v -> Checks.optionalIdentifierText(v, "subject.phone", 32));
        passportNumber = errors.check(passportNumber, v -> Checks.optionalIdentifierText(v, "subject.passportNumber", 32));
        errors.throwIfAny();
    }
}
