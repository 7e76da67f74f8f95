package org.setu.kernel.admin;

import java.util.List;

/** Dead letters per processing group: how many sequences are blocked, how many events wait, and why. */
public record DeadLetterReport(List<Group> groups) {

    public DeadLetterReport {
        groups = List.copyOf(groups);
    }

    /** One processing group's dead letters; {@code causes} are exception types only (messages may hold data). */
    public record Group(String processingGroup, long sequences, long letters, List<String> causes) {

        public Group {
            causes = List.copyOf(causes);
        }
    }

    public long letters() {
        return groups.stream().mapToLong(Group::letters).sum();
    }
}
