package org.setu.kernel.recruitment;

/** What the licensing authority imposed on a recruiting agency, and what each does to its licence while in force. */
public enum SanctionKind {
    WARNING(LicenceStatus.LICENSED),
    FINE(LicenceStatus.LICENSED),
    SUSPENSION(LicenceStatus.SUSPENDED),
    CANCELLATION(LicenceStatus.CANCELLED);

    private final LicenceStatus licence;

    SanctionKind(LicenceStatus licence) {
        this.licence = licence;
    }

    /** The licence's status while a sanction of this kind is in force (the gravest in force decides). */
    public LicenceStatus licence() {
        return licence;
    }

    /** Whether a sanction of this kind stops the agency recruiting while in force (a suspension, a cancellation). */
    public boolean restrictsLicence() {
        return licence != LicenceStatus.LICENSED;
    }
}
