package org.setu.kernel.recruitment;

/** How a complaint reached Setu's agencies. */
public enum ComplaintChannel {
    HELPLINE, ONLINE, DISTRICT_OFFICE, EMBASSY_LABOUR_WING, NGO
}
