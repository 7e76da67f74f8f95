package org.setu.kernel.admin;

/** Events that a projection's handler failed on, per processing group. */
public record FindDeadLettersQuery() {
}
