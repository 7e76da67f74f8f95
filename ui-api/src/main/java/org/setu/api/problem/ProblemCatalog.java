package org.setu.api.problem;

import org.setu.kernel.common.ErrorCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every stable problem type with what it means and what to do, read from {@code problem-types.txt}; the codes
 * of the kernel's {@link ErrorCode} take their status and title from the code, as the API answers them.
 */
public final class ProblemCatalog {

    /** One problem type as its page explains it. */
    public record Type(String code, int status, String title, String meaning, String remedy) {
    }

    private static final ProblemCatalog INSTANCE = load();

    private final Map<String, Type> types;

    private ProblemCatalog(Map<String, Type> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    public static ProblemCatalog get() {
        return INSTANCE;
    }

    public Optional<Type> find(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** In the file's order: the kernel's codes, then the API's own. */
    public Iterable<Type> all() {
        return types.values();
    }

    private static ProblemCatalog load() {
        Map<String, ErrorCode> kernel = new LinkedHashMap<>();
        Arrays.stream(ErrorCode.values()).forEach(c -> kernel.put(c.code(), c));
        Map<String, Type> types = new LinkedHashMap<>();
        try (InputStream in = ProblemCatalog.class.getResourceAsStream("problem-types.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                ErrorCode code = kernel.get(f[0]);
                int status = code != null ? ProblemMapping.status(code).value() : Integer.parseInt(f[1]);
                String title = code != null ? ProblemMapping.title(code) : f[2];
                types.put(f[0], new Type(f[0], status, title, f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProblemCatalog(types);
    }
}
