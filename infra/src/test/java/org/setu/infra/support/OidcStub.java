package org.setu.infra.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A minimal OpenID provider on a real port: discovery document and JWK set, as Keycloak serves them under
 * {@code /realms/<realm>}. Tokens are minted with {@link #tokens()}; the stub itself issues nothing.
 */
public final class OidcStub implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private OidcStub(HttpServer server, RSAKey key, String issuer) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
    }

    public static OidcStub start(String realm) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm;
            String base = "/realms/" + realm;
            serve(server, base + "/.well-known/openid-configuration", "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\""
                    + issuer + "/protocol/openid-connect/certs\",\"token_endpoint\":\"" + issuer
                    + "/protocol/openid-connect/token\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}");
            serve(server, base + "/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
            server.start();
            return new OidcStub(server, key, issuer);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the OIDC stub", e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public String issuer() {
        return issuer;
    }

    public Tokens tokens() {
        return new Tokens(key, issuer);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
