package org.setu.api.accounts;

/** Where a stored account stands: invited (no password yet), active, or deactivated (no login, no session). */
public enum AccountStatus { INVITED, ACTIVE, DEACTIVATED }
