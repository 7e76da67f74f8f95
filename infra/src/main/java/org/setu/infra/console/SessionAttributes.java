package org.setu.infra.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A session's attributes as bytes (Java serialization, as Spring Session does), read back through an allow-list:
 * only the JDK's value types, Spring Security's and Setu's own classes. Whoever can write to the database could
 * otherwise make Setu run any serializable gadget on the classpath when it reads a session.
 */
final class SessionAttributes {

    static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=262144;"
                    + "java.lang.*;java.util.*;java.time.*;java.net.URI;java.net.URL;"
                    + "org.springframework.security.**;org.setu.**;!*");

    private SessionAttributes() {
    }

    static byte[] write(Map<String, Object> attributes) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(attributes));
        } catch (IOException e) {
            throw new IllegalStateException("A session attribute cannot be stored: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(byte[] stored) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(ALLOWED);
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("A stored session cannot be read: " + e.getMessage(), e);
        }
    }
}
