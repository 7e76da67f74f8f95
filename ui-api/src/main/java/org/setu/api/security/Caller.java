package org.setu.api.security;

import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The authenticated caller, read from the access token's claims {@code sub}, {@code agency} and {@code roles}. */
public record Caller(StaffId staffId, AgencyId agency, Set<Role> roles) {

    public static Caller of(Jwt jwt) {
        List<String> roleNames = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleNames != null) {
            for (String name : roleNames) {
                Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
            }
        }
        String agency = jwt.getClaimAsString("agency");
        return new Caller(new StaffId(jwt.getSubject()), new AgencyId(agency == null ? "unknown" : agency), roles);
    }

    public Actor actor() {
        return new Actor(staffId, agency, roles);
    }

    public boolean has(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    /** Function-level check: refuses with 403 unless the caller holds one of the roles. */
    public Caller require(Role... any) {
        if (!has(any)) {
            throw new ForbiddenActionException(ErrorCode.ROLE_REQUIRED,
                    "This action requires one of the roles " + Arrays.toString(any));
        }
        return this;
    }
}
