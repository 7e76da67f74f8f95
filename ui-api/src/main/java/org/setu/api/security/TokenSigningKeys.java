package org.setu.api.security;

import com.nimbusds.jose.jwk.RSAKey;

import java.util.List;

/**
 * The embedded issuer's keys, which belong to the network, not to a node: one private key signs, and every key still
 * in its overlap verifies, so a token issued by any node (before or after a rotation) is accepted by every node.
 * Provided by the application (kept in MongoDB, sealed under the master key).
 */
public interface TokenSigningKeys {

    /** The private key that signs new tokens. */
    RSAKey signing();

    /** The public halves of every key that verifies (the JWK set). */
    List<RSAKey> verifying();

    /** The verifying keys after a fresh look at the store: asked when a token names a key this node does not know. */
    List<RSAKey> verifyingAfterRefresh();
}
