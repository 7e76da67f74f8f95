package org.setu.kernel.recruitment;

/** The complainant's sex as a statistical dimension (indicators by sex); UNKNOWN when not given. */
public enum Sex {
    F, M, X, UNKNOWN
}
