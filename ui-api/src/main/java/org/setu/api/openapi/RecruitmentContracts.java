package org.setu.api.openapi;

import java.util.Map;

import static java.util.Map.entry;
import static org.setu.api.openapi.Bodies.object;
import static org.setu.api.openapi.Bodies.text;

/** Recruitment accountability: recruiting agencies, sanctions and appeals, complaints and their lifecycle. */
final class RecruitmentContracts {

    static final String AGENCY = "/api/v1/recruiting-agencies/{licence}";
    static final String COMPLAINT = "/api/v1/complaints/{complaintId}";
    private static final String REASON = "{\"reason\":\"the agency refunded the fees in full\"}";

    private RecruitmentContracts() {
    }

    static Map<String, Contract> all() {
        return Map.ofEntries(
                entry("POST /api/v1/recruiting-agencies", Contract.of("enterRecruitingAgency")
                        .created("Entered; Location names the agency", object("licence", text(12))).withLocation()
                        .errors(409, 422).alsoRequires("licence", "name", "district")
                        .example("{\"licence\":\"RL-0777\",\"name\":\"Green Line Overseas\",\"district\":\"Dhaka\"}")),
                entry("GET /api/v1/recruiting-agencies", Contract.of("listRecruitingAgencies")),
                entry("GET " + AGENCY, Contract.of("getRecruitingAgency")),
                entry("GET /api/v1/scorecards", Contract.of("listScorecards")),
                entry("GET /api/v1/scorecards/{licence}", Contract.of("getScorecard")),
                entry("PUT " + AGENCY + "/deployments/{month}", Contract.of("recordDeployments")
                        .noContent("Recorded (replacing an earlier figure for the month)").errors(409, 422)
                        .alsoRequires("workers", "women").example("{\"workers\":120,\"women\":31}")),
                entry("POST " + AGENCY + "/sub-agents", Contract.of("registerSubAgent")
                        .created("Registered", object("registration", text(40))).errors(409, 422)
                        .alsoRequires("registration", "name", "district")
                        .example("{\"registration\":\"SA-0042\",\"name\":\"Abul Kalam\",\"district\":\"Cumilla\"}")),
                entry("POST " + AGENCY + "/sanctions", Contract.of("imposeSanction")
                        .created("Imposed", object("sanctionId", text(64))).errors(409, 422)
                        .alsoRequires("kind", "reason", "complaintIds").example("{\"kind\":\"FINE\",\"reason\":\"excess fees "
                                + "in two complaints\",\"amountBdt\":50000,\"complaintIds\":[\"{complaintId}\"]}")),
                entry("POST " + AGENCY + "/sanctions/{sanctionId}/appeal", Contract.of("appealSanction")
                        .noContent("Appeal lodged").errors(409, 422).alsoRequires("grounds")
                        .example("{\"grounds\":\"the worker was refunded before the hearing\"}")),
                entry("POST " + AGENCY + "/sanctions/{sanctionId}/decision", Contract.of("decideAppeal")
                        .noContent("Appeal decided").errors(409, 422).alsoRequires("outcome", "reason")
                        .example("{\"outcome\":\"UPHELD\",\"reason\":\"the refund came after the hearing\"}")),
                entry("POST /api/v1/complaints", Contract.of("fileComplaint")
                        .created("Filed; Location names the complaint", object("complaintId", text(64))).withLocation()
                        .errors(409, 422).alsoRequires("recruitingAgency", "channel", "categories", "countryOfDestination",
                                "complainant")
                        .example("{\"recruitingAgency\":\"RL-0777\",\"channel\":\"HELPLINE\",\"categories\":"
                                + "[\"EXCESS_FEES\",\"CONTRACT_SUBSTITUTION\"],\"countryOfDestination\":\"SA\","
                                + "\"complainant\":{\"fullName\":\"Karim Uddin\",\"sex\":\"M\",\"phone\":\"+8801711000000\","
                                + "\"passportNumber\":\"EB0123456\"},\"costPaidBdt\":450000,\"monthlyWageBdt\":35000,"
                                + "\"amountClaimedBdt\":200000,\"consent\":{\"agencies\":[\"brac-mp\"],"
                                + "\"purposes\":[\"COMPLAINT_HANDLING\"],\"identityToRecruiter\":false}}")),
                entry("GET /api/v1/complaints", Contract.of("listComplaints")),
                entry("GET " + COMPLAINT, Contract.of("getComplaint")),
                action("register", "Registered", "{}"),
                action("notify-agency", "The recruiting agency's notice recorded", "{}"),
                action("hearing", "Hearing recorded", "{\"at\":\"2026-01-05T10:00:00Z\"}"),
                action("award", "Award recorded", "{\"amountBdt\":150000}"),
                action("payment", "Payment recorded", "{\"amountBdt\":50000}"),
                action("default", "Default recorded", "{\"reason\":\"no payment by the due date\"}"),
                action("close", "Closed", "{\"outcome\":\"settled by arbitration\"}"),
                action("reopen", "Reopened", "{\"reason\":\"the cheque bounced\"}"),
                action("refer-to-court", "Referred to court", "{\"reason\":\"forged visa: a criminal matter\"}"),
                action("withdraw", "Withdrawn", REASON),
                action("share", "Shared", "{\"agency\":\"brac-mp\"}"),
                entry("POST " + COMPLAINT + "/link-case", Contract.of("complaintLinkCase")
                        .noContent("Linked (linking again changes nothing)").errors(409, 422).withEtag()
                        .alsoRequires("caseId").example("{\"caseId\":\"{caseId}\"}")),
                entry("GET /api/v1/cases/{caseId}/complaints", Contract.of("listCaseComplaints")),
                entry("POST " + COMPLAINT + "/erase-complainant", Contract.of("eraseComplainant")
                        .noContent("The complainant's key is destroyed").errors(409, 422).alsoRequires("reason")
                        .example("{\"reason\":\"the complainant asked for erasure\"}")),
                entry("GET /api/v1/indicators/recruitment", Contract.of("recruitmentIndicators")
                        .described("Recruitment indicators as JSON, or as CSV with Accept: text/csv")));
    }

    private static Map.Entry<String, Contract> action(String action, String what, String example) {
        String id = "complaint" + Character.toUpperCase(action.charAt(0)) + action.substring(1).replace("-", "");
        return entry("POST " + COMPLAINT + "/" + action, Contract.of(id.replace("Notifyagency", "NotifyAgency")
                .replace("Refertocourt", "ReferToCourt")).noContent(what).errors(409, 422).withEtag().example(example));
    }
}
