package org.setu.kernel.referral;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.Limits;

import java.time.LocalDate;

/**
 * The data subject's personal data, kept apart from the case's non-personal facts so that it can be redacted per
 * viewer and erased by destroying the subject's key.
 */
public record SubjectData(String fullName, LocalDate dateOfBirth, String sex, String phone, String passportNumber) {

    public SubjectData {
        fullName = Checks.text(fullName, "subject.fullName", Limits.NAME);
        sex = Checks.optionalText(sex, "subject.sex", 16);
        phone = Checks.optionalText(phone, "subject.phone", 32);
        passportNumber = Checks.optionalText(passportNumber, "subject.passportNumber", 32);
    }
}
