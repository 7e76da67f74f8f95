package org.setu.kernel.recruitment;

import java.util.List;

/** Every recruiting agency entered, by licence. */
public record RecruitingAgencyList(List<RecruitingAgencyView> items) {

    public RecruitingAgencyList {
        items = List.copyOf(items);
    }
}
