package org.setu.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/**
 * Races settled by a unique key: of the writers that insert the same {@code _id} (a deadline's claim, a checkpoint,
 * an account, a node's key, a projection's rebuild run), the store takes exactly one and refuses the others with a
 * duplicate-key error. That refusal is an answer, "another writer was first", not a failure; any other write error is.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Runs the write: true when it took the key, false when another writer holds it; other errors are thrown. */
    public static boolean took(Runnable write) {
        try {
            write.run();
            return true;
        } catch (MongoWriteException e) {
            if (taken(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Whether the store refused a write because another writer holds its unique key. */
    public static boolean taken(MongoWriteException refusal) {
        return refusal.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
