package org.setu.api.security;

import org.setu.kernel.common.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Setu's roles from a token's claims at a configured path: {@code roles}, Keycloak's {@code realm_access.roles}
 * or {@code resource_access.<client>.roles}. A missing claim means no roles; a claim that is there but is not a list
 * of strings ({@code null}, a number, a string) refuses the token. Names that are not Setu roles (an identity
 * provider's own, such as {@code offline_access}) are ignored.
 */
public final class RolesClaim {

    private final List<String> path;

    public RolesClaim(String path) {
        this.path = parse(path);
    }

    /** The path's parts: a Keycloak client id may contain dots, so {@code resource_access.<client>.roles} is one rule. */
    private static List<String> parse(String path) {
        String prefix = "resource_access.";
        String suffix = ".roles";
        if (path.startsWith(prefix) && path.endsWith(suffix) && path.length() > prefix.length() + suffix.length()) {
            return List.of("resource_access", path.substring(prefix.length(), path.length() - suffix.length()), "roles");
        }
        return List.of(path.split("\\."));
    }

    public Set<Role> read(Map<String, Object> claims) {
        Object current = claims;
        for (String part : path) {
            if (!(current instanceof Map<?, ?> map)) {
                throw TokenRefusal.MALFORMED_CLAIM_ROLES.exception(String.join(".", path) + " is not an object");
            }
            if (!map.containsKey(part)) {
                return EnumSet.noneOf(Role.class);
            }
            current = map.get(part);
        }
        if (!(current instanceof Collection<?> names)) {
            throw TokenRefusal.MALFORMED_CLAIM_ROLES.exception(null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            if (!(name instanceof String text)) {
                throw TokenRefusal.MALFORMED_CLAIM_ROLES.exception(null);
            }
            for (Role role : Role.values()) {
                if (role.name().equals(text)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
