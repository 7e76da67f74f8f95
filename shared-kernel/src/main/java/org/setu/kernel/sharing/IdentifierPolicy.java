package org.setu.kernel.sharing;

/** How a partner's feed identifies cases: by a per-partner pseudonym, or not at all. */
public enum IdentifierPolicy { PSEUDONYMOUS, NONE }
