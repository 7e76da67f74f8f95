package org.setu.kernel.recruitment;

/** A recruiting agency's licence as it stands, from its sanctions in force. */
public enum LicenceStatus {
    LICENSED, SUSPENDED, CANCELLED
}
