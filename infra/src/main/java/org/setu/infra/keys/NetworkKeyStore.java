package org.setu.infra.keys;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.setu.infra.privacy.AesGcm;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The network's signing keys in MongoDB ({@code network_keys}): one document per key, {@code _id}
 * {@code <purpose>#<generation>}, the private half sealed with AES-GCM under the master key (its {@code _id} is the
 * associated data, so a sealed key moved to another document does not open). A key is created by inserting its
 * {@code _id}: when two nodes race, the unique {@code _id} has exactly one winner and the loser reads the winner's.
 */
public final class NetworkKeyStore {

    public static final String COLLECTION = "network_keys";
    private final MongoCollection<Document> keys;
    private final SecretKey master;

    public NetworkKeyStore(MongoDatabase database, SecretKey master) {
        this.keys = database.getCollection(COLLECTION);
        this.master = master;
    }

    /** The associated data a stored key is sealed with (also used by the master-key rotation). */
    public static String aad(String id) {
        return "setu-network-key:" + id;
    }

    static String id(String purpose, int generation) {
        return purpose + "#" + generation;
    }

    /** Every key of a purpose, oldest generation first (a scan of a collection of a few documents). */
    List<StoredKey> all(String purpose) {
        List<StoredKey> found = new ArrayList<>();
        for (Document d : keys.find(new Document("purpose", purpose))) {
            String id = d.getString("_id");
            byte[] secret = AesGcm.open(master, aad(id), d.get("sealed", Binary.class).getData());
            found.add(new StoredKey(id, d.getInteger("generation"),
                    new KeyMaterial(d.getString("keyId"), secret, d.getString("public")), d.getDate("createdAt").toInstant()));
        }
        found.sort(Comparator.comparingInt(StoredKey::generation).thenComparing(StoredKey::createdAt));
        return found;
    }

    /** Stores a key under this id; false when the id is taken (another node was first). */
    boolean insert(String id, String purpose, int generation, KeyMaterial key, String origin, Instant at) {
        return UniqueKeys.took(() -> keys.insertOne(new Document("_id", id).append("purpose", purpose)
                .append("generation", generation).append("keyId", key.keyId()).append("public", key.publicText())
                .append("sealed", new Binary(AesGcm.seal(master, aad(id), key.secret())))
                .append("origin", origin).append("createdAt", Date.from(at))));
    }
}
