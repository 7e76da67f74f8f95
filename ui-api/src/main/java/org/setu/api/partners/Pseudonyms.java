package org.setu.api.partners;

/**
 * Stable pseudonyms per partner: the same case always gets the same pseudonym in one partner's feed, and unrelated
 * pseudonyms in two partners' feeds, so partners cannot join their data on it. Keyed (HMAC), so not reversible by
 * hashing candidate ids.
 */
public interface Pseudonyms {

    String of(String partner, String identifier);
}
