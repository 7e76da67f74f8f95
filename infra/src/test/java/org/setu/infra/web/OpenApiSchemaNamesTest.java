package org.setu.infra.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.setu.api.referral.CaseDetail;
import org.setu.api.referral.CaseRequests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc names a schema by the class's simple name, so two API records with the same simple name become one
 * component and one of them is documented with the other's fields (it happened to BreakGlass, Referral, Note and
 * Subject). Every public record of the web API must have its own schema name, unless the two shapes are the same.
 */
class OpenApiSchemaNamesTest {

    @Test
    void no_two_api_records_of_different_shape_share_a_schema_name() {
        Map<String, List<Class<?>>> byName = apiRecords().collect(Collectors.groupingBy(OpenApiSchemaNamesTest::schemaName));
        List<String> clashes = byName.entrySet().stream()
                .filter(e -> e.getValue().stream().map(OpenApiSchemaNamesTest::shape).distinct().count() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        assertThat(clashes).isEmpty();
    }

    @Test
    void the_check_sees_a_clash_where_names_are_left_to_springdoc() {
        assertThat(CaseDetail.Referral.class.getSimpleName()).isEqualTo(CaseRequests.Referral.class.getSimpleName());
        assertThat(shape(CaseDetail.Referral.class)).isNotEqualTo(shape(CaseRequests.Referral.class));
        assertThat(schemaName(CaseRequests.Referral.class)).isNotEqualTo(schemaName(CaseDetail.Referral.class));
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private static String shape(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName() + ":" + c.getGenericType())
                .collect(Collectors.joining(","));
    }

    private static Stream<Class<?>> apiRecords() {
        try {
            Path location = Path.of(CaseRequests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes in a compile-only reactor run, the module's jar once it is packaged
            try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
                Path root = jar == null ? location : jar.getPath("/");
                List<String> names;
                try (Stream<Path> walk = Files.walk(root.resolve("org/setu/api"))) {
                    names = walk.filter(p -> p.toString().endsWith(".class"))
                            .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")).toList();
                }
                return names.stream().map(OpenApiSchemaNamesTest::load)
                        .filter(type -> type.isRecord() && Modifier.isPublic(type.getModifiers())).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiSchemaNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
