package org.setu.kernel.common;

import java.util.Locale;

/**
 * Every reason Setu refuses a request, with a stable code that clients can rely on (the API turns it into the
 * problem type {@code https://setu.example/problems/<code>}) and the kind of refusal it is.
 */
public enum ErrorCode {
    INVALID_INPUT(Kind.INVALID_INPUT),
    TEXT_REQUIRED(Kind.INVALID_INPUT),
    TEXT_TOO_LONG(Kind.INVALID_INPUT),
    INVALID_IDENTIFIER(Kind.INVALID_INPUT),
    /** A district or country that is not in the shipped reference lists (docs/reference-data.md). */
    NOT_IN_REFERENCE_LIST(Kind.INVALID_INPUT),

    ROLE_REQUIRED(Kind.FORBIDDEN),
    NOT_LEAD_AGENCY(Kind.FORBIDDEN),
    NOT_ON_CASE(Kind.FORBIDDEN),
    NOT_RECEIVING_AGENCY(Kind.FORBIDDEN),
    NOT_REFERRING_AGENCY(Kind.FORBIDDEN),
    NOT_TRANSFER_TARGET(Kind.FORBIDDEN),
    NOT_AGENCY_MEMBER(Kind.FORBIDDEN),

    CASE_NOT_FOUND(Kind.NOT_FOUND),
    REFERRAL_NOT_FOUND(Kind.NOT_FOUND),
    AGENCY_NOT_FOUND(Kind.NOT_FOUND),
    PROJECTION_NOT_FOUND(Kind.NOT_FOUND),
    BACKUP_NOT_FOUND(Kind.NOT_FOUND),
    /** The command's aggregate does not exist (or was deleted): no more is said about it. */
    NOT_FOUND(Kind.NOT_FOUND),

    AGENCY_ALREADY_REGISTERED(Kind.CONFLICT),
    AGENCY_ID_RESERVED(Kind.CONFLICT),
    CASE_ALREADY_EXISTS(Kind.CONFLICT),
    CONCURRENT_MODIFICATION(Kind.CONFLICT),
    REBUILD_RUNNING(Kind.CONFLICT),
    BACKUP_RUNNING(Kind.CONFLICT),
    /** Online backups are of the embedded store; on MongoDB the database's own tools back up. */
    BACKUP_UNAVAILABLE(Kind.CONFLICT),
    /** The aggregate's version is not the one the client expected ({@code If-Match}). */
    PRECONDITION_FAILED(Kind.PRECONDITION),

    UNKNOWN_AGENCY(Kind.RULE),
    AGENCY_SUSPENDED(Kind.RULE),
    AGENCY_ALREADY_SUSPENDED(Kind.RULE),
    AGENCY_NOT_SUSPENDED(Kind.RULE),
    SERVICE_NOT_OFFERED(Kind.RULE),
    REFERRAL_TO_OWN_AGENCY(Kind.RULE),
    OUTSIDE_CONSENT(Kind.RULE),
    CONSENT_WITHDRAWN(Kind.RULE),
    CASE_CLOSED(Kind.RULE),
    CASE_NOT_CLOSED(Kind.RULE),
    ACTIVE_REFERRALS(Kind.RULE),
    INVALID_TRANSITION(Kind.RULE),
    DUPLICATE_ACTIVE_REFERRAL(Kind.RULE),
    TRANSFER_PENDING(Kind.RULE),
    NO_TRANSFER_PENDING(Kind.RULE),
    ALREADY_LEAD(Kind.RULE),
    STAFF_NOT_FOUND(Kind.RULE),
    AGREEMENT_EXISTS(Kind.CONFLICT),
    AGREEMENT_REVOKED(Kind.RULE),
    PARTNER_IS_AN_AGENCY(Kind.RULE),
    SUBJECT_ERASED(Kind.RULE),
    BREAK_GLASS_TOO_LONG(Kind.INVALID_INPUT),
    PERSONAL_DATA_UNAVAILABLE(Kind.RULE),
    NO_AGREEMENT(Kind.FORBIDDEN),
    TOO_MANY_CONNECTIONS(Kind.TOO_MANY),
    WEBHOOK_URL_REFUSED(Kind.INVALID_INPUT),
    WEBHOOK_NOT_FOUND(Kind.NOT_FOUND),
    WEBHOOK_LIMIT_REACHED(Kind.RULE),
    DELIVERY_NOT_FOUND(Kind.NOT_FOUND),
    ACCOUNT_NOT_FOUND(Kind.NOT_FOUND),

    COMPLAINT_NOT_FOUND(Kind.NOT_FOUND),
    RECRUITING_AGENCY_NOT_FOUND(Kind.NOT_FOUND),
    SANCTION_NOT_FOUND(Kind.NOT_FOUND),
    RECRUITING_AGENCY_EXISTS(Kind.CONFLICT),
    SUB_AGENT_ALREADY_REGISTERED(Kind.CONFLICT),
    COMPLAINT_ALREADY_EXISTS(Kind.CONFLICT),
    NOT_RECEIVING_AGENCY_OF_COMPLAINT(Kind.FORBIDDEN),
    COMPLAINT_ENDED(Kind.RULE),
    COMPLAINT_NOT_ENDED(Kind.RULE),
    AWARD_NEEDS_HEARING(Kind.RULE),
    PAYMENT_EXCEEDS_AWARD(Kind.RULE),
    SANCTION_CITES_OTHER_COMPLAINT(Kind.RULE),
    LICENCE_CANCELLED(Kind.RULE),
    APPEAL_TOO_LATE(Kind.RULE),
    APPEAL_ALREADY_LODGED(Kind.RULE),
    NO_APPEAL_PENDING(Kind.RULE),
    ACCOUNT_EXISTS(Kind.CONFLICT),
    ACCOUNT_DEACTIVATED(Kind.RULE),
    ACCOUNT_NOT_DEACTIVATED(Kind.RULE),
    STAFF_ROLES_ONLY(Kind.RULE),
    SET_PASSWORD_LINK_INVALID(Kind.RULE),
    PASSWORD_TOO_SHORT(Kind.INVALID_INPUT),
    PASSWORD_IS_USERNAME(Kind.INVALID_INPUT),
    PASSWORD_TOO_COMMON(Kind.INVALID_INPUT);

    /** What kind of refusal: the API maps each kind to an HTTP status. */
    public enum Kind { INVALID_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION, RULE, TOO_MANY }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable, lower-kebab-case code, e.g. {@code outside-consent}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
