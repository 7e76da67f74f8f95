package org.setu.kernel.agency;

/** The kinds of taskforce member. */
public enum AgencyType {
    MINISTRY, NGO, UN_AGENCY, LOCAL_GOVERNMENT, PRIVATE_SECTOR, OTHER
}
