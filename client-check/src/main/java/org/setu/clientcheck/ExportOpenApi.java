package org.setu.clientcheck;

import org.setu.infra.SetuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the built application on a free port with a throw-away store and writes its served OpenAPI document. */
public final class ExportOpenApi {

    private ExportOpenApi() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Path data = Files.createTempDirectory("setu-openapi-export");
        try (var app = new SpringApplicationBuilder(SetuApplication.class).run("--server.port=0",
                "--setu.data-dir=" + data, "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException("GET /v3/api-docs answered " + document.statusCode());
            }
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, document.body());
        }
        System.exit(0);
    }
}
