package org.setu.infra.web.console;

import org.setu.infra.support.SecondApplication;
import org.junit.jupiter.api.Test;
import org.setu.infra.SetuApplication;
import org.setu.infra.mongo.EmbeddedMongoServer;
import org.setu.infra.privacy.AesGcm;
import org.setu.infra.support.TestMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With MONGODB_URI, console sessions live in MongoDB: two Setu nodes on one database (an embedded MongoDB-compatible
 * server standing in for a real one) honour each other's sessions, a new id at login leaves the old one worthless on
 * both, and signing out on one node ends the session on the other.
 */
class SharedSessionsTest {

    private static final String PASSWORD = "test-password";

    @Test
    void a_session_begun_on_one_node_is_honoured_and_ended_on_another() throws Exception {
        Path shared = TestMongo.newDataDir();
        Path users = Files.createTempFile(shared, "users", ".json");
        Files.writeString(users, "[{\"username\":\"amina\",\"password\":\"" + PASSWORD + "\",\"name\":\"Amina\","
                + "\"agency\":\"moewoe\",\"roles\":[\"CASEWORKER\"]}]");
        String masterKey = Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
        try (var mongo = EmbeddedMongoServer.open(shared.resolve("mongo"));
             var first = node(mongo, masterKey, users);
             var second = node(mongo, masterKey, users)) {
            var onFirst = new ConsoleClient(client(first));
            onFirst.get("/login");
            String beforeLogin = onFirst.session;
            assertThat(onFirst.post("/login", true, "username", "amina", "password", PASSWORD).getStatus().value())
                    .isEqualTo(303);

            var onSecond = new ConsoleClient(client(second));
            onSecond.session = onFirst.session;
            assertThat(onSecond.get("/console").getStatus().value()).as("the other node knows the session").isEqualTo(200);
            assertThat(onSecond.lastBody).contains("Amina");

            var fixation = new ConsoleClient(client(second));
            fixation.session = beforeLogin;
            assertThat(ConsoleClient.location(fixation.get("/console"))).as("the id from before login").endsWith("/login");

            assertThat(onSecond.post("/logout", true).getStatus().is3xxRedirection()).isTrue();
            assertThat(ConsoleClient.location(onFirst.get("/console"))).as("signed out on the other node").endsWith("/login");
        }
    }

    private static ConfigurableApplicationContext node(EmbeddedMongoServer mongo, String masterKey, Path users) {
        String uri = mongo.connectionString().replaceFirst("(mongodb://[^/?]+)(/[^?]*)?", "$1/setu_nodes");
        return SecondApplication.builder().run("--server.port=0", "--setu.mongodb-uri=" + uri,
                "--setu.data-dir=" + TestMongo.newDataDir(), "--setu.privacy.master-key=" + masterKey,
                "--setu.users-file=" + users);
    }

    private static WebTestClient client(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
