package org.setu.kernel.admin;

/** Where the last rebuild of a projection stands. */
public record FindRebuildStatusQuery(String processingGroup) {
}
