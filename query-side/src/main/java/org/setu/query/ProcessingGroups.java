package org.setu.query;

/** The read side's processing groups: each projection tracks the log on its own, and can be rebuilt alone. */
public final class ProcessingGroups {

    public static final String CASE_VIEWS = "case-views";
    public static final String CASELOADS = "caseloads";
    public static final String REFERRAL_QUEUES = "referral-queues";
    public static final String AGENCY_DIRECTORY = "agency-directory";
    public static final String INDICATORS = "network-indicators";
    public static final String AUDIT = "audit-trail";
    public static final String AGREEMENTS = "agreements";
    public static final String RETENTION = "retention";
    public static final String PARTNER_FEED = "partner-feed";
    public static final String COMPLAINT_VIEWS = "complaint-views";
    public static final String RECRUITING_AGENCIES = "recruiting-agencies";
    public static final String RECRUITMENT_INDICATORS = "recruitment-indicators";

    private ProcessingGroups() {
    }
}
