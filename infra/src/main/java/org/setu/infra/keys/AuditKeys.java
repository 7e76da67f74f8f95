package org.setu.infra.keys;

import org.setu.query.audit.AuditVerifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit checkpoints' Ed25519 keys, kept in the network's ring. Every key verifies for ever: a checkpoint signed
 * years ago must still verify against its key (public halves are no secret).
 */
public final class AuditKeys {

    /** Where a node before network-wide keys kept its checkpoint key (imported once, then deleted). */
    public static final String LEGACY_PRIVATE = "audit-signing-key.pk8";
    public static final String LEGACY_PUBLIC = "audit-signing-key.pub.pem";
    private final KeyRing ring;

    AuditKeys(KeyRing ring) {
        this.ring = ring;
    }

    /** The key that signs new checkpoints. */
    public record Signer(String keyId, PrivateKey key, String publicPem) {
    }

    /** A key that verifies checkpoints. */
    public record Verifier(String keyId, PublicKey key, String publicPem) {
    }

    public Signer signing() {
        KeyMaterial key = ring.current().signing();
        return new Signer(key.keyId(), privateKey(key.secret()), key.publicText());
    }

    /** Every verifying key; with {@code keyId} unknown here, after a fresh look at the store. */
    public List<Verifier> verifying(String keyId) {
        KeyRing.Snapshot snapshot = ring.current();
        if (keyId != null && snapshot.verifying().stream().noneMatch(k -> k.keyId().equals(keyId))) {
            snapshot = ring.refreshed();
        }
        return snapshot.verifying().stream()
                .map(k -> new Verifier(k.keyId(), publicKey(k.publicText()), k.publicText())).toList();
    }

    static KeyKind kind() {
        return new KeyKind() {
            @Override
            public String purpose() {
                return "audit-signing";
            }

            @Override
            public KeyMaterial generate() {
                try {
                    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                    return material(pair.getPrivate().getEncoded(), pair.getPublic());
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Cannot generate an audit signing key", e);
                }
            }

            @Override
            public Optional<KeyMaterial> legacy(Path dataDir) {
                Path privateFile = dataDir.resolve(LEGACY_PRIVATE);
                if (!Files.exists(privateFile)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(material(Files.readAllBytes(privateFile),
                            publicKey(Files.readString(dataDir.resolve(LEGACY_PUBLIC)))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public List<Path> legacyFiles(Path dataDir) {
                return List.of(dataDir.resolve(LEGACY_PRIVATE), dataDir.resolve(LEGACY_PUBLIC));
            }

            @Override
            public Duration overlap() {
                return null;
            }
        };
    }

    /** A base64 PKCS#8 Ed25519 private key given by configuration (its public half is derived from it). */
    static KeyMaterial configured(String base64Pkcs8, String base64Public) {
        byte[] pkcs8 = Base64.getDecoder().decode(base64Pkcs8.strip());
        privateKey(pkcs8);
        return material(pkcs8, publicKey(pem(Base64.getDecoder().decode(base64Public.strip()))));
    }

    private static KeyMaterial material(byte[] pkcs8, PublicKey publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return new KeyMaterial("audit-" + HexFormat.of().formatHex(digest, 0, 8), pkcs8, pem(publicKey.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(byte[] x509) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(x509) + "\n-----END PUBLIC KEY-----\n";
    }

    private static PublicKey publicKey(String pem) {
        try {
            return AuditVerifier.publicKey(pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An audit public key is not an Ed25519 key in PEM", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key is not a PKCS#8 Ed25519 key", e);
        }
    }
}
