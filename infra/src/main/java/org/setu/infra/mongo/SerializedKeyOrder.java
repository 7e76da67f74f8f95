package org.setu.infra.mongo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes: exactly H2's own {@link ObjectDataType} (same bytes on disk,
 * same order), but two index keys are compared by their serialized bytes computed once per key object instead of on
 * every comparison.
 * <p>
 * Why: mongo-java-server keys its unique indexes by {@link KeyValue}, which is not {@link Comparable}, so H2 orders
 * such keys by their Java serialization and serializes both keys for each comparison of a binary search. Profiled
 * under the front-door benchmark (issue 17) that was about half of the embedded server's CPU. The order is unchanged
 * (the same bytes are compared), so existing store files stay valid and still open without this type.
 * <p>
 * The memo is keyed by identity and holds keys weakly: a page's keys live as long as H2 keeps the page, a lookup's
 * key only for its query.
 */
final class SerializedKeyOrder extends ObjectDataType {

    private final Cache<Object, byte[]> serialized = Caffeine.newBuilder().weakKeys().build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue && b instanceof KeyValue && a != b) {
            return compareNotNull(bytes(a), bytes(b));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(Object key) {
        return serialized.get(key, ObjectDataType::serialize);
    }
}
