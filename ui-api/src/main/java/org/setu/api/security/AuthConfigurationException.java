package org.setu.api.security;

/** Setu's token settings cannot work as given; Setu does not start (the message names the setting to fix). */
public class AuthConfigurationException extends IllegalStateException {

    public AuthConfigurationException(String message) {
        super(message);
    }
}
