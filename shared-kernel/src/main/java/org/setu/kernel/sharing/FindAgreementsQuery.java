package org.setu.kernel.sharing;

/** Agreements, all or those of one partner (null for all). */
public record FindAgreementsQuery(String partner) {
}
