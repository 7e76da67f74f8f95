package org.setu.kernel.audit;

import org.axonframework.serialization.Revision;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.Stamp;

import java.util.Set;

/**
 * A staff login account stored by Setu (not one of the users file) changed: {@code change} is INVITED, PASSWORD_SET,
 * PASSWORD_RESET, ROLES_CHANGED, DEACTIVATED or REACTIVATED; {@code roles} are the account's roles after the change;
 * {@code reason} is the administrator's reason when one was given. The stamp names who did it (for PASSWORD_SET the
 * account itself). Recorded in the audit trail only; no aggregate holds accounts.
 */
@Revision("1")
public record AccountChangedEvent(String account, AgencyId agency, String change, Set<Role> roles, String reason,
                                  Stamp stamp) {
}
