package org.setu.kernel.recruitment;

/** What the licensing authority imposed on a recruiting agency. */
public enum SanctionKind {
    WARNING, FINE, SUSPENSION, CANCELLATION
}
