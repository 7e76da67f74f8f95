package org.setu.query.common;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** While a generation is being built, handlers write it and queries keep reading the complete old one. */
class GenerationsTest {

    private final WireMongo mongo = new WireMongo();
    private final Generations generations;
    private final RebuildableProjection projection = new RebuildableProjection() {
        @Override
        public String processingGroup() {
            return "demo";
        }

        @Override
        public List<String> collections() {
            return List.of("rows");
        }
    };

    GenerationsTest() {
        generations = new Generations(mongo.database());
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private long readable() {
        return generations.forRead("demo", "rows").countDocuments();
    }

    @Test
    void queries_read_the_old_generation_until_the_new_one_is_switched_in() {
        generations.forWrite("demo", "rows").insertOne(new Document("_id", "a"));
        generations.forWrite("demo", "rows").insertOne(new Document("_id", "b"));
        assertThat(readable()).isEqualTo(2);

        generations.startBuilding(projection);
        generations.forWrite("demo", "rows").insertOne(new Document("_id", "a"));
        assertThat(readable()).as("the old generation still serves during the rebuild").isEqualTo(2);
        assertThat(generations.state("demo").building()).isEqualTo(1);

        generations.forWrite("demo", "rows").insertOne(new Document("_id", "c"));
        assertThat(generations.switchToBuilt("demo")).isTrue();
        assertThat(generations.forRead("demo", "rows").getNamespace().getCollectionName()).isEqualTo("rows_g1");
        assertThat(generations.forRead("demo", "rows").countDocuments()).isEqualTo(2);
        assertThat(generations.switchToBuilt("demo")).isFalse();

        generations.startBuilding(projection);
        assertThat(mongo.database().listCollectionNames().into(new ArrayList<>()))
                .doesNotContain("rows").contains("rows_g1");
    }
}
