package org.setu.kernel.referral;

/** Case categories, each mapped to the Global Compact for Migration objective it serves. */
public enum CaseCategory {
    RETURN_REINTEGRATION(21),
    TRAFFICKING(10),
    LABOUR_EXPLOITATION(6),
    RECRUITMENT_COMPLAINT(6),
    IRREGULAR_MIGRATION_RISK(7),
    DOCUMENTATION(4),
    OTHER(7);

    private final int gcmObjective;

    CaseCategory(int gcmObjective) {
        this.gcmObjective = gcmObjective;
    }

    /** The Global Compact for Safe, Orderly and Regular Migration objective (1-23). */
    public int gcmObjective() {
        return gcmObjective;
    }
}
