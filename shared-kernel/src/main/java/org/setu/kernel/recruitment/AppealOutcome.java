package org.setu.kernel.recruitment;

/** How an appeal against a sanction was decided: the sanction stands (UPHELD) or falls (OVERTURNED). */
public enum AppealOutcome {
    UPHELD, OVERTURNED
}
