package org.setu.infra.app;

import org.junit.jupiter.api.Test;
import org.setu.infra.mongo.DataDirectoryException;
import org.setu.infra.mongo.MongoConnection;
import org.setu.infra.mongo.MongoStartupFailureAnalyzer;
import org.setu.infra.mongo.MongoStartupException;
import org.setu.infra.support.TestMongo;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad storage configuration stops Setu at start-up with a message that names the cause. */
class StartupFailuresTest {

    @Test
    void a_malformed_mongodb_uri_is_named() {
        assertThatThrownBy(() -> MongoConnection.open("mongo://nowhere", TestMongo.newDataDir()))
                .isInstanceOf(MongoStartupException.class)
                .hasMessageContaining("MONGODB_URI is not a valid MongoDB connection string");
    }

    @Test
    void an_unreachable_mongodb_is_named() {
        assertThatThrownBy(() -> MongoConnection.open(
                "mongodb://127.0.0.1:1/setu?serverSelectionTimeoutMS=300&connectTimeoutMS=300", TestMongo.newDataDir()))
                .isInstanceOf(MongoStartupException.class)
                .hasMessageContaining("Cannot reach MongoDB at [127.0.0.1:1]");
    }

    @Test
    void a_data_directory_that_is_a_file_is_named() throws Exception {
        Path file = Files.createTempFile("setu-not-a-dir", ".txt");
        assertThatThrownBy(() -> MongoConnection.open(null, file))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void a_data_directory_that_cannot_be_created_is_named() {
        // /proc refuses new directories even to root, which CI runs as (file modes would not stop root).
        Path impossible = Path.of("/proc/setu-data-" + System.nanoTime());
        assertThatThrownBy(() -> MongoConnection.open(null, impossible))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining("cannot use the data directory " + impossible);
    }

    @Test
    void the_failure_analyzer_describes_the_cause_and_the_action() {
        var analysis = new MongoStartupFailureAnalyzer().analyze(new IllegalStateException("wrapped",
                new MongoStartupException("Cannot reach MongoDB at [db:27017]: timeout", null)));
        assertThat(analysis.getDescription()).contains("Cannot reach MongoDB at [db:27017]");
        assertThat(analysis.getAction()).contains("MONGODB_URI");
    }
}
