package org.setu.kernel.recruitment;

import org.setu.kernel.query.Page;

import java.util.List;

/** One page of the complaints a reader may see, newest first. */
public record ComplaintPage(List<ComplaintView> items, int page, int size, long total) implements Page<ComplaintView> {

    public ComplaintPage {
        items = List.copyOf(items);
    }
}
