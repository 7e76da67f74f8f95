package org.setu.infra.support;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** Where a piece of text stands in the store, read as a person with the database's files would: every document. */
public final class StoredText {

    private StoredText() {
    }

    /** The collections with at least one document whose JSON contains {@code needle}. */
    public static List<String> collectionsHolding(MongoDatabase database, String needle) {
        List<String> found = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            for (Document doc : database.getCollection(name).find()) {
                if (doc.toJson().contains(needle)) {
                    found.add(name);
                    break;
                }
            }
        }
        return found;
    }
}
