package org.setu.infra.eventstore;

/** A document in the commits collection that Setu did not write, or that was altered: never skipped silently. */
public final class CorruptCommitException extends RuntimeException {

    public CorruptCommitException(Object id, String problem) {
        super("The event store holds a document it cannot read (commits _id=" + id + "): " + problem
                + ". Setu stops reading rather than skip it; restore the document or remove the foreign data.");
    }

    public CorruptCommitException(Object id, String problem, Throwable cause) {
        this(id, problem);
        initCause(cause);
    }
}
