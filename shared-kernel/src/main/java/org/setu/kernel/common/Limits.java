package org.setu.kernel.common;

/** Size limits on free text, so that no single field can bloat an event or a view. */
public final class Limits {

    public static final int NAME = 200;
    public static final int REASON = 2_000;
    public static final int OUTCOME = 2_000;
    public static final int NOTE = 10_000;
    public static final int SHORT = 100;

    private Limits() {
    }
}
