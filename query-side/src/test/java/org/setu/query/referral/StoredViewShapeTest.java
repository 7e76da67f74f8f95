package org.setu.query.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.CaseEvent;
import org.setu.kernel.referral.CaseStory;
import org.setu.query.common.JsonViews;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored case view did not change with the withers: {@code views-before-withers.jsonl} holds the view after
 * each event of {@link CaseStory#oneOfEachType()} as the fold before them (commit 62190e3) stored it, and the fold now
 * gives equal views with the same fields. (Sets are compared as sets: their JSON order varies between runs.)
 */
class StoredViewShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_view_of_the_story_is_stored_as_before() throws IOException {
        List<String> before = golden();
        List<CaseEvent> events = CaseStory.oneOfEachType();
        assertThat(before).hasSameSizeAs(events);
        CaseView view = null;
        for (int i = 0; i < events.size(); i++) {
            view = CaseViews.apply(view, events.get(i), i + 1, Instant.parse("2026-02-01T00:00:00Z").plusSeconds(i + 1));
            String stored = JsonViews.write(view);
            assertThat(JsonViews.read(before.get(i), CaseView.class)).as("view %d", i + 1).isEqualTo(view);
            assertThat(paths(stored)).as("fields of view %d", i + 1).isEqualTo(paths(before.get(i)));
        }
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = StoredViewShapeTest.class.getResourceAsStream("/casefile/views-before-withers.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Set<String> paths(String json) throws IOException {
        Set<String> paths = new TreeSet<>();
        collect(JSON.readTree(json), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String at, Set<String> paths) {
        paths.add(at);
        node.fields().forEachRemaining(f -> collect(f.getValue(), at + "/" + f.getKey(), paths));
        if (node.isArray()) {
            node.elements().forEachRemaining(e -> collect(e, at + "[]", paths));
        }
    }
}
