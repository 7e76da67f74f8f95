package org.setu.infra.privacy;

/** The master key is missing, malformed or not the one the stored keys were wrapped with: Setu must not start. */
public class MasterKeyException extends RuntimeException {

    public MasterKeyException(String message) {
        super(message);
    }
}
