package org.setu.infra.mongo;

/** Setu cannot start on the configured MongoDB: the message names the cause. */
public final class MongoStartupException extends RuntimeException {

    public MongoStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
