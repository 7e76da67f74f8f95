package org.setu.infra.node;

import org.junit.jupiter.api.Test;
import org.setu.infra.support.TestMongo;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node is the same node after a restart on its data directory, and no two processes share one identity. */
class NodeIdentityTest {

    @Test
    void a_node_restarted_on_its_data_directory_has_the_same_identity() throws Exception {
        Path dir = TestMongo.newDataDir();
        String first;
        try (NodeIdentity node = NodeIdentity.open(null, dir)) {
            first = node.id();
        }
        try (NodeIdentity again = NodeIdentity.open(null, dir);
             NodeIdentity other = NodeIdentity.open(null, TestMongo.newDataDir())) {
            assertThat(again.id()).isEqualTo(first);
            assertThat(other.id()).isNotEqualTo(first);
        }
    }

    @Test
    void a_configured_identity_wins() throws Exception {
        try (NodeIdentity node = NodeIdentity.open("setu-0", TestMongo.newDataDir())) {
            assertThat(node.id()).isEqualTo("setu-0");
        }
    }

    @Test
    void a_second_node_on_the_same_data_directory_is_refused() throws Exception {
        Path dir = TestMongo.newDataDir();
        try (NodeIdentity running = NodeIdentity.open(null, dir)) {
            assertThatThrownBy(() -> NodeIdentity.open(null, dir)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Setu process");
            assertThat(running.id()).isNotBlank();
        }
    }
}
