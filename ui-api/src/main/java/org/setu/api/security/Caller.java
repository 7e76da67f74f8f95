package org.setu.api.security;

import org.setu.kernel.common.Actor;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.ForbiddenActionException;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Role;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.recruitment.Licence;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The authenticated caller: the {@link Actor} parsed from an access token ({@code sub}, {@code agency} and
 * {@code roles}), with the checks controllers make on it. Identity is never defaulted: a token without {@code sub}, a
 * staff token without {@code agency}, or a malformed claim is refused (401, {@link TokenRefusal}). A partner machine
 * client belongs to no agency: its actions carry {@link AgencyId#PARTNER}, which no agency can be registered under.
 */
public record Caller(Actor actor) {

    public static final String AGENCY_CLAIM = "agency";
    private static final RolesClaim TOP_LEVEL_ROLES = new RolesClaim("roles");

    /** Parses a token whose roles are at the top level (Setu's own, or one normalised by {@link SetuTokenConverter}). */
    public static Caller of(Jwt jwt) {
        return of(jwt, TOP_LEVEL_ROLES.read(jwt.getClaims()));
    }

    static Caller of(Jwt jwt, Set<Role> roles) {
        StaffId staffId = staffId(jwt);
        if (roles.contains(Role.PARTNER)) {
            return new Caller(new Actor(staffId, AgencyId.PARTNER, roles));
        }
        AgencyId agency = agency(jwt);
        // A recruiting agency's representative acts under its licence (agency claim "rl-0123") and only as that;
        // nobody else may carry a licence as their agency (docs/decisions/0012-recruiter-representatives.md).
        boolean representative = roles.contains(Role.RECRUITER_REPRESENTATIVE);
        if (representative != Licence.isLicenceForm(agency) || (representative && roles.size() > 1)
                || (representative && Licence.ofAgency(agency).isEmpty())) {
            throw TokenRefusal.MALFORMED_CLAIM_AGENCY.exception(representative
                    ? "a RECRUITER_REPRESENTATIVE's agency is its licence, such as rl-0123, and it holds no other role"
                    : agency + " is a recruiting agency's licence: only its RECRUITER_REPRESENTATIVE carries it");
        }
        return new Caller(new Actor(staffId, agency, roles));
    }

    private static StaffId staffId(Jwt jwt) {
        Object sub = jwt.getClaims().get("sub");
        if (sub == null || sub.toString().isBlank()) {
            throw TokenRefusal.MISSING_CLAIM_SUB.exception(null);
        }
        try {
            return new StaffId(sub.toString());
        } catch (InvalidInputException e) {
            throw TokenRefusal.MALFORMED_CLAIM_SUB.exception(null);
        }
    }

    private static AgencyId agency(Jwt jwt) {
        Object claim = jwt.getClaims().get(AGENCY_CLAIM);
        if (claim == null || claim instanceof String text && text.isBlank()) {
            throw TokenRefusal.MISSING_CLAIM_AGENCY.exception(null);
        }
        if (!(claim instanceof String text)) {
            throw TokenRefusal.MALFORMED_CLAIM_AGENCY.exception(null);
        }
        AgencyId agency;
        try {
            agency = new AgencyId(text);
        } catch (InvalidInputException e) {
            throw TokenRefusal.MALFORMED_CLAIM_AGENCY.exception(null);
        }
        // The secretariat's staff carry its id; no other reserved id may stand for an agency.
        if (agency.reserved() && !agency.equals(AgencyId.SECRETARIAT)) {
            throw TokenRefusal.MALFORMED_CLAIM_AGENCY.exception(text + " names no agency");
        }
        return agency;
    }

    public StaffId staffId() {
        return actor.staffId();
    }

    public AgencyId agency() {
        return actor.agency();
    }

    public Set<Role> roles() {
        return actor.roles();
    }

    public boolean partner() {
        return actor.hasAnyRole(Role.PARTNER);
    }

    public boolean has(Role... any) {
        return actor.hasAnyRole(any);
    }

    public boolean has(Collection<Role> any) {
        return actor.hasAnyRole(any);
    }

    /** Function-level check: refuses with 403 unless the caller holds one of the roles. */
    public Caller require(Role... any) {
        return require(List.of(any));
    }

    /** Function-level check: refuses with 403 unless the caller holds one of the roles (named in the order given). */
    public Caller require(Collection<Role> any) {
        if (!has(any)) {
            throw new ForbiddenActionException(ErrorCode.ROLE_REQUIRED, "This action requires one of the roles " + any);
        }
        return this;
    }
}
