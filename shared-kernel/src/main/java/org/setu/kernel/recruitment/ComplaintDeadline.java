package org.setu.kernel.recruitment;

/**
 * The service-level deadlines of a complaint: registered within 7 days of receipt, first hearing within 30 days of
 * registration (configurable: {@code setu.sla.complaints.*}). A missed one escalates, as a referral's does.
 */
public enum ComplaintDeadline {
    REGISTRATION, FIRST_HEARING
}
