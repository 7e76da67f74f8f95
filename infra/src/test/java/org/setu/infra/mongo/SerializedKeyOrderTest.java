package org.setu.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Memoizing must not change H2's order of index keys: store files written before stay valid B-trees. */
class SerializedKeyOrderTest {

    @Test
    void orders_index_keys_exactly_as_h2s_own_key_type_does() {
        Random random = new Random(17);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(switch (i % 4) {
                case 0 -> new KeyValue("case-" + random.nextInt(1000));
                case 1 -> new KeyValue((long) random.nextInt(1_000_000));
                case 2 -> new KeyValue("agency-" + random.nextInt(20), (long) random.nextInt(50));
                default -> new KeyValue(random.nextInt(100), "x".repeat(random.nextInt(40)));
            });
        }
        keys.add("a plain string");
        keys.add(42L);
        ObjectDataType h2 = new ObjectDataType();
        SerializedKeyOrder memoized = new SerializedKeyOrder();
        for (Object a : keys) {
            for (Object b : keys) {
                assertThat(Integer.signum(memoized.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
        for (Object a : keys) {
            Object again = copy(a);
            assertThat(Integer.signum(memoized.compare(a, again))).as("%s made anew", a)
                    .isEqualTo(Integer.signum(h2.compare(a, again)));
        }
    }

    private static Object copy(Object key) {
        return key instanceof KeyValue k ? new KeyValue(k.stream().toList()) : key;
    }
}
