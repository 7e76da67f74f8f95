package org.setu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A benchmark's {@code name=value} arguments (one or several per argument, as {@code -Dbench.args} passes them). */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.contains("=")) {
                    options.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                }
            }
        }
        return options;
    }

    /**
     * The application's arguments as the quick-start starts it (demo seed, the demo users, errors only) in
     * {@code dataDir} on {@code port}, then {@code extra}; {@code keepalive=N} lets a connection serve N requests
     * instead of the application's one (decision 0017).
     */
    static String[] applicationArgs(Map<String, String> options, int port, Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--setu.seed=demo",
                "--setu.data-dir=" + dataDir, "--setu.users-file=" + demoUsers(options), "--logging.level.root=ERROR"));
        args.addAll(List.of(extra));
        if (options.containsKey("keepalive")) {
            args.add("--server.netty.max-keep-alive-requests=" + Integer.parseInt(options.get("keepalive")));
        }
        return args.toArray(String[]::new);
    }

    /** {@code users=<path>}, or the demo network's users file from the checkout's root or a module's directory. */
    static String demoUsers(Map<String, String> options) {
        if (options.containsKey("users")) {
            return options.get("users");
        }
        for (String candidate : List.of("demo/users.json", "../demo/users.json")) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().toString();
            }
        }
        throw new IllegalStateException("demo/users.json not found; pass users=<path>");
    }
}
