package org.setu.infra.nodes;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A separate JVM on the test classpath: the wire server, or a whole Setu node started by its main class. */
final class NodeProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;
    private final Path log;

    private NodeProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    private static List<String> java(String mainClass) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
    }

    /** mongo-java-server with its H2 backend on this file; returns once it listens (its log says on which port). */
    static NodeProcess wireServer(Path file, Path log) throws Exception {
        List<String> command = java(WireServerMain.class.getName());
        command.addAll(List.of(file.toString(), "0"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.startsWith("PORT ")) {
                    return new NodeProcess(p, Integer.parseInt(line.substring(5).trim()), log);
                }
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("The wire server did not start: " + Files.readString(log));
    }

    /** A Setu node with these settings (as command-line options) and environment; returns once it is ready. */
    static NodeProcess setu(Map<String, String> env, List<String> options, Path log) throws IOException {
        int port = freePort();
        List<String> command = java("org.setu.infra.SetuApplication");
        command.add("--server.port=" + port);
        command.addAll(options);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new NodeProcess(builder.start(), port, log);
    }

    /** Waits until the node's readiness probe says UP. */
    NodeProcess awaitReady(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node on port " + port + " exited: " + tail());
            }
            try {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Node on port " + port + " not ready in " + atMost + ": " + tail());
    }

    /** The log's warnings and errors (nodes log at WARN), for a failed test's report. */
    String warnings() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("\tat org.setu")
                    || line.startsWith("Caused by")) {
                out.append(line, 0, Math.min(line.length(), 600)).append('\n');
            }
        }
        return out.substring(Math.max(0, out.length() - 20_000));
    }

    private String tail() throws IOException {
        String all = Files.readString(log);
        return all.substring(Math.max(0, all.length() - 3000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook runs, no claim is released. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM: a graceful stop (Spring closes the context, processors release their claims). */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
