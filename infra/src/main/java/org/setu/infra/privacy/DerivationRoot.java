package org.setu.infra.privacy;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A random secret, stored wrapped by the master key, from which Setu derives its keyed functions (partner pseudonyms,
 * request fingerprints). Kept apart from the master key so that rotating the master key leaves pseudonyms unchanged.
 */
public final class DerivationRoot {

    static final String ID = "#derivation-root";
    static final String AAD = "setu-derivation-root";
    private final byte[] root;

    private DerivationRoot(byte[] root) {
        this.root = root;
    }

    /** Reads the root, or makes and stores it on first start. */
    public static DerivationRoot load(MongoCollection<Document> keys, SecretKey master) {
        Document found = keys.find(Filters.eq("_id", ID)).first();
        if (found == null) {
            byte[] fresh = AesGcm.newKey().getEncoded();
            if (UniqueKeys.took(() -> keys.insertOne(new Document("_id", ID)
                    .append("wrapped", new Binary(AesGcm.seal(master, AAD, fresh)))))) {
                return new DerivationRoot(fresh);
            }
            found = keys.find(Filters.eq("_id", ID)).first(); // another node stored its root first: use that one
        }
        return new DerivationRoot(AesGcm.open(master, AAD, found.get("wrapped", Binary.class).getData()));
    }

    /** A key for one purpose: HMAC-SHA256 of the label under the root. */
    public SecretKey derive(String label) {
        return new SecretKeySpec(Hmac.sha256(root, label), "HmacSHA256");
    }

    @Override
    public String toString() {
        return "DerivationRoot[hidden]";
    }
}
