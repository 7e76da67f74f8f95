package org.setu.api.openapi;


import java.util.Map;

import static java.util.Map.entry;
import static org.setu.api.openapi.Bodies.ref;

/** An agency's stored accounts and setting a password by link (keys: method and path). */
final class AccountContracts {

    private static final String ACCOUNTS = "/api/v1/agencies/{agencyId}/accounts";
    private static final String ACCOUNT = ACCOUNTS + "/{username}";

    private AccountContracts() {
    }

    static Map<String, Contract> all() {
        return Map.ofEntries(
                entry("GET " + ACCOUNTS, Contract.of("listAccounts").ok(ref("AccountList"))),
                entry("POST " + ACCOUNTS, Contract.of("inviteAccount")
                        .created("Invited; the one-time link (72 h) is shown only now", ref("SetPasswordLink"))
                        .withLocation().errors(409, 422)
                        .example("{\"username\":\"sabina\",\"name\":\"Sabina Yasmin\",\"roles\":[\"CASEWORKER\"]}")),
                entry("GET " + ACCOUNT, Contract.of("getAccount").ok(ref("AccountView"))),
                entry("PUT " + ACCOUNT + "/roles", Contract.of("changeAccountRoles")
                        .noContent("Roles changed; the account's sessions end").errors(409, 422)
                        .example("{\"roles\":[\"CASEWORKER\",\"FOCAL_POINT\"]}")),
                entry("POST " + ACCOUNT + "/deactivate", Contract.of("deactivateAccount")
                        .noContent("Deactivated; the account's sessions end at their next request").errors(409, 422)
                        .example("{\"reason\":\"left the agency\"}")),
                entry("POST " + ACCOUNT + "/reactivate", Contract.of("reactivateAccount").noContent("Reactivated")
                        .errors(409, 422).example("{\"reason\":\"back from leave\"}")),
                entry("POST " + ACCOUNT + "/reset-password", Contract.of("resetAccountPassword")
                        .ok(ref("SetPasswordLink")).errors(409, 422)),
                entry("POST /api/v1/auth/set-password", Contract.of("setPassword")
                        .noContent("The password is set; the link is used up").errors(409, 422)
                        .example("{\"token\":\"the token of the set-password link\",\"password\":\"monsoon river tea garden\"}")));
    }
}
