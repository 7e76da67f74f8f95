package org.setu.infra.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.setu.infra.keys.NetworkKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-wraps everything sealed directly by the master key — subject data keys, the derivation root, webhook secrets,
 * the network's signing keys —
 * from the previous master key to the new one, then the check value. Each blob is left alone if it already opens with
 * the new key, so a rotation interrupted half-way simply runs again at the next start. Values sealed by data keys are
 * untouched: rotation costs one write per case, not per value.
 */
final class MasterKeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyRotation.class);
    static final String WEBHOOKS = "webhooks";

    private MasterKeyRotation() {
    }

    static void rotate(MongoDatabase database, SecretKey previous, SecretKey current) {
        MongoCollection<Document> keys = database.getCollection(MongoPersonalDataVault.COLLECTION);
        int rewrapped = 0;
        for (Document doc : keys.find(Filters.exists("wrapped"))) {
            String id = doc.getString("_id");
            byte[] blob = rewrap(doc.get("wrapped", Binary.class).getData(), aadOf(id), previous, current);
            if (blob != null) {
                keys.updateOne(Filters.eq("_id", id), Updates.set("wrapped", new Binary(blob)));
                rewrapped++;
            }
        }
        MongoCollection<Document> webhooks = database.getCollection(WEBHOOKS);
        for (Document hook : webhooks.find()) {
            String aad = "setu-webhook-secret:" + hook.getString("_id");
            List<Document> secrets = new ArrayList<>();
            boolean changed = false;
            for (Document secret : hook.getList("secrets", Document.class, List.of())) {
                byte[] blob = rewrap(secret.get("sealed", Binary.class).getData(), aad, previous, current);
                secrets.add(blob == null ? secret : new Document(secret).append("sealed", new Binary(blob)));
                changed |= blob != null;
            }
            if (changed) {
                webhooks.updateOne(Filters.eq("_id", hook.getString("_id")), Updates.set("secrets", secrets));
                rewrapped++;
            }
        }
        MongoCollection<Document> networkKeys = database.getCollection(NetworkKeyStore.COLLECTION);
        for (Document key : networkKeys.find()) {
            String id = key.getString("_id");
            byte[] blob = rewrap(key.get("sealed", Binary.class).getData(), NetworkKeyStore.aad(id), previous, current);
            if (blob != null) {
                networkKeys.updateOne(Filters.eq("_id", id), Updates.set("sealed", new Binary(blob)));
                rewrapped++;
            }
        }
        keys.updateOne(Filters.eq("_id", MasterKey.CHECK_ID), Updates.set("sealed",
                new Binary(AesGcm.seal(current, MasterKey.CHECK_AAD, MasterKey.CHECK_TEXT))));
        LOG.info("Master key rotated: {} wrapped keys and secrets re-wrapped under the new key", rewrapped);
    }

    /** The wrapping AAD of a document in the subject-keys collection. */
    static String aadOf(String id) {
        return DerivationRoot.ID.equals(id) ? DerivationRoot.AAD : "setu-subject-key:" + id;
    }

    /** The blob sealed under {@code current}, or null when it already is. */
    private static byte[] rewrap(byte[] blob, String aad, SecretKey previous, SecretKey current) {
        try {
            AesGcm.open(current, aad, blob);
            return null;
        } catch (AesGcm.TamperedException notYet) {
            return AesGcm.seal(current, aad, AesGcm.open(previous, aad, blob));
        }
    }
}
