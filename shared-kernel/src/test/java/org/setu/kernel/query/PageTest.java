package org.setu.kernel.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page count every paged list and pager shows. */
class PageTest {

    private static Page<String> of(int size, long total) {
        return new Page<>() {
            public List<String> items() {
                return List.of();
            }

            public int page() {
                return 0;
            }

            public int size() {
                return size;
            }

            public long total() {
                return total;
            }
        };
    }

    @Test
    void an_empty_list_has_no_pages() {
        assertThat(of(20, 0).pages()).isZero();
    }

    @Test
    void full_pages_count_exactly() {
        assertThat(of(20, 40).pages()).isEqualTo(2);
    }

    @Test
    void a_short_last_page_is_a_page() {
        assertThat(of(20, 41).pages()).isEqualTo(3);
        assertThat(of(20, 1).pages()).isEqualTo(1);
    }
}
