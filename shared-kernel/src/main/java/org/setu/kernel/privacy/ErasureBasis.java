package org.setu.kernel.privacy;

/** Why a subject was erased: a request handled by the secretariat, or the end of the retention period. */
public enum ErasureBasis {
    REQUEST, RETENTION
}
