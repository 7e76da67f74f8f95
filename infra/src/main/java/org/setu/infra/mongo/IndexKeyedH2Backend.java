package org.setu.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend with its unique indexes keyed by {@link SerializedKeyOrder}. Before the library
 * opens an index's map (by name, with H2's default key type), the same map is opened here with the memoizing key type;
 * H2 hands an already open map back to any later {@code openMap} of that name, so the library's index uses it.
 * {@code EmbeddedIndexKeyTypeTest} fails if a library update changes the index maps' names and this stops applying.
 */
final class IndexKeyedH2Backend extends H2Backend {

    /** How mongo-java-server names an index's map: the collection's full namespace, this, the index name. */
    static final String INDEX_MAP_INFIX = "._index_";

    IndexKeyedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexKeyedDatabase(databaseName);
    }

    /**
     * Inner, not static: the library opens existing indexes from within the database's constructor, and the outer
     * instance (hence the store) is already set then, unlike a field of this class.
     */
    private final class IndexKeyedDatabase extends H2Database {

        IndexKeyedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(new SerializedKeyOrder()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
