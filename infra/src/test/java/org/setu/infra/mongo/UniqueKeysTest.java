package org.setu.infra.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A race on a unique key over the wire protocol: the first writer takes the key, the next one is told so. */
class UniqueKeysTest {

    private final TestMongo mongo = TestMongo.start();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void the_first_insert_takes_the_key_and_the_second_is_told_another_writer_holds_it() {
        var claims = mongo.database().getCollection("claims");
        assertThat(UniqueKeys.took(() -> claims.insertOne(new Document("_id", "deadline-1#7").append("node", "a"))))
                .isTrue();
        assertThat(UniqueKeys.took(() -> claims.insertOne(new Document("_id", "deadline-1#7").append("node", "b"))))
                .isFalse();
        assertThat(claims.find(new Document("_id", "deadline-1#7")).first().getString("node")).isEqualTo("a");
    }

    @Test
    void any_other_write_error_is_a_failure_and_is_thrown() {
        var refused = new MongoWriteException(new WriteError(121, "Document failed validation", new BsonDocument()),
                new ServerAddress());
        assertThatThrownBy(() -> UniqueKeys.took(() -> {
            throw refused;
        })).isSameAs(refused);
        assertThat(UniqueKeys.taken(refused)).isFalse();
    }
}
