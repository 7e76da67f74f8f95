package org.setu.infra.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak (the distribution Maven copied to {@code target/keycloak/keycloak.zip}) in dev mode on an in-memory
 * database, with the repository's realm export imported, the console client's redirect URI pointed at the test's
 * Setu, and extra users a test asks for. It runs on the first JDK 21+ under {@code /usr/lib/jvm}: Keycloak 26 needs
 * one, Setu's own build stays on 17.
 */
public final class KeycloakProcess implements AutoCloseable {

    private static final Path HOME = Path.of("target", "keycloak");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A user to add to the realm: name, password, realm role, and agency (null: none, as a misconfigured account). */
    public record User(String username, String password, String role, String agency) {
    }

    public static KeycloakProcess start(int setuPort, List<User> extraUsers) throws Exception {
        Path dist = unpacked();
        Path importDir = Files.createDirectories(dist.resolve("data").resolve("import"));
        Files.writeString(importDir.resolve("setu-realm.json"), realm(setuPort, extraUsers), StandardCharsets.UTF_8);
        int port = freePort();
        Path log = HOME.resolve("keycloak-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm", "--db=dev-mem",
                "--cache=local", "--health-enabled=false", "--metrics-enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", jdk21().toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        KeycloakProcess keycloak = new KeycloakProcess(builder.start(), port, log);
        keycloak.awaitRealm(Duration.ofSeconds(240));
        return keycloak;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/setu";
    }

    private void awaitRealm(Duration atMost) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited: " + tail());
            }
            try {
                var reply = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not serve the realm within " + atMost + ": " + tail());
    }

    private String tail() throws IOException {
        String all = Files.readString(log);
        return all.substring(Math.max(0, all.length() - 4000));
    }

    /** The repository's export, as a deployment would import it, with this test's redirect URI and users. */
    private static String realm(int setuPort, List<User> extraUsers) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(Path.of("..", "docs", "keycloak", "setu-realm.json").toFile());
        String base = "http://localhost:" + setuPort;
        for (var client : realm.withArray("clients")) {
            if ("setu-console".equals(client.path("clientId").asText())) {
                ((ObjectNode) client).set("redirectUris", JSON.createArrayNode().add(base + "/*"));
                ((ObjectNode) client).set("webOrigins", JSON.createArrayNode().add(base));
                ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", base + "/*");
            }
        }
        ArrayNode users = realm.withArray("users");
        for (User u : extraUsers) {
            ObjectNode user = users.addObject().put("username", u.username()).put("enabled", true)
                    .put("emailVerified", true).put("firstName", u.username()).put("lastName", "Test")
                    .put("email", u.username() + "@example.org");
            user.putArray("realmRoles").add(u.role());
            user.putArray("credentials").addObject().put("type", "password").put("value", u.password())
                    .put("temporary", false);
            if (u.agency() != null) {
                user.putObject("attributes").putArray("agency").add(u.agency());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    /** The distribution, unpacked once per build directory. */
    private static synchronized Path unpacked() throws IOException {
        Path zip = HOME.resolve("keycloak.zip");
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip.toAbsolutePath() + " is missing: Maven copies it in the "
                    + "generate-test-resources phase (run the tests through Maven)");
        }
        Path marker = HOME.resolve("unpacked");
        if (!Files.exists(marker)) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path target = HOME.resolve(entry.getName()).normalize();
                    if (!target.startsWith(HOME.normalize())) {
                        throw new IOException("zip entry outside the directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (Stream<Path> scripts = Files.list(HOME.resolve(distName(zip)).resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.writeString(marker, distName(zip));
        }
        return HOME.resolve(Files.readString(marker).strip());
    }

    private static String distName(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            String first = in.getNextEntry().getName();
            return first.substring(0, first.indexOf('/'));
        }
    }

    /** The first JDK of release 21 or later under /usr/lib/jvm (its {@code release} file says which). */
    private static Path jdk21() throws IOException {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            Optional<Path> found = jdks.filter(p -> Files.isExecutable(p.resolve("bin").resolve("java")))
                    .filter(p -> feature(p) >= 21).max(Comparator.comparingInt(KeycloakProcess::feature));
            return found.orElseThrow(() -> new IllegalStateException("Keycloak 26 needs a JDK 21 or later under "
                    + "/usr/lib/jvm (this machine's Temurin JDK); none was found"));
        }
    }

    private static int feature(Path jdk) {
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(jdk.resolve("release"))) {
            release.load(in);
            String version = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops Keycloak and the JVM its script started. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
