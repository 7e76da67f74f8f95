package org.setu.infra.eventstore;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The log's commits are numbered densely (1, 2, 3, ...): a read by {@code _id $in} of a range returns what is there
 * in any order, and the log goes on only as far as the numbers run without a gap.
 */
final class DenseRun {

    private DenseRun() {
    }

    /** Of the commits found, the run that starts at {@code from} and ends before the first missing position. */
    static List<Document> from(long from, List<Document> found) {
        found.sort(Comparator.comparingLong(DenseRun::position));
        List<Document> run = new ArrayList<>(found.size());
        long expected = from;
        for (Document d : found) {
            if (position(d) != expected) {
                break;
            }
            run.add(d);
            expected++;
        }
        return run;
    }

    /** A commit's position, its {@code _id}; anything but a long there is a corrupt log. */
    static long position(Document d) {
        Object id = d.get("_id");
        if (!(id instanceof Long p)) {
            throw new CorruptCommitException(id, "its _id is not a long position");
        }
        return p;
    }
}
