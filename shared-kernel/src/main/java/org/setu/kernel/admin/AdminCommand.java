package org.setu.kernel.admin;

import org.setu.kernel.common.Stamp;

/**
 * An administrator's operation on the running system rather than on a case, a complaint or an agency (a rebuild, a
 * dead-letter retry, a backup): what it acts on and who asked, so that the audit trail records it, accepted or
 * refused, like every other command.
 */
public interface AdminCommand {

    /** What it acts on: a processing group, or {@code backup}. */
    String target();

    Stamp stamp();
}
