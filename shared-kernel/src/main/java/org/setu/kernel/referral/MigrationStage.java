package org.setu.kernel.referral;

/** Where in the migration cycle the case arose. */
public enum MigrationStage {
    PRE_DEPARTURE, TRANSIT, DESTINATION, RETURN
}
