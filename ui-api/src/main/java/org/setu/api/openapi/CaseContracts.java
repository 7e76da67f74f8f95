package org.setu.api.openapi;

import java.util.Map;

import static java.util.Map.entry;
import static org.setu.api.openapi.Bodies.instant;
import static org.setu.api.openapi.Bodies.object;
import static org.setu.api.openapi.Bodies.ref;
import io.swagger.v3.oas.models.media.ArraySchema;

/**
 * Cases and referrals, as CaseController, CaseReadController, ReferralActionsController and SubjectPrivacyController
 * answer them (keys: method and path). Examples use the demo network of quickstart.sh: moewoe, iom-bd, brac-mp.
 */
final class CaseContracts {

    static final String CASE = "/api/v1/cases/{caseId}";
    static final String REFERRAL = CASE + "/referrals/{referralId}";
    private static final String REASON = "{\"reason\":\"the subject asked for it at the district office\"}";

    private CaseContracts() {
    }

    static Map<String, Contract> all() {
        return Map.ofEntries(
                entry("POST /api/v1/cases", Contract.of("openCase")
                        .created("Opened; Location names the case", object("caseId", ref("CaseId")))
                        .withLocation().withEtag().errors(409, 422).example("""
                                {"category":"RETURN_REINTEGRATION","migrationStage":"RETURN","countryOfOrigin":"BD",
                                 "countryOfDestination":"SA","district":"Dhaka","vulnerabilities":["SURVIVOR_OF_VIOLENCE"],
                                 "subject":{"fullName":"Rahima Begum","dateOfBirth":"1990-01-31","sex":"F",
                                            "phone":"+8801711000000","passportNumber":"BX1234567"},
                                 "consent":{"agencies":["iom-bd"],"agencyTypes":["NGO"],"purposes":["SERVICE_PROVISION"]}}""")),
                entry("GET /api/v1/cases", Contract.of("listCases").ok(ref("CaseloadPage"))),
                entry("GET " + CASE, Contract.of("getCase").ok(ref("CaseDetail")).withEtag()),
                entry("POST " + CASE + "/consent", Contract.of("recordConsent").noContent("Consent recorded").caseMutation()
                        .example("{\"agencies\":[\"iom-bd\",\"brac-mp\"],\"purposes\":[\"SERVICE_PROVISION\",\"FOLLOW_UP\"]}")),
                entry("POST " + CASE + "/consent/withdraw", Contract.of("withdrawConsent")
                        .noContent("Consent withdrawn").caseMutation().example(REASON)),
                entry("POST " + CASE + "/consent/overrides", Contract.of("overrideConsent")
                        .noContent("Override recorded").caseMutation()
                        .example("{\"agency\":\"brac-mp\",\"reason\":\"urgent shelter needed tonight\"}")),
                entry("POST " + CASE + "/notes", Contract.of("addNote")
                        .created("Note added", object("noteId", ref("NoteId"))).caseMutation()
                        .example("{\"visibility\":\"ALL_AGENCIES\",\"text\":\"Met at the airport; needs a place to stay.\"}")),
                entry("POST " + CASE + "/lead-transfer", Contract.of("offerLead")
                        .noContent("Lead offered").caseMutation()
                        .example("{\"toAgency\":\"iom-bd\",\"reason\":\"IOM now coordinates the reintegration\"}")),
                entry("POST " + CASE + "/lead-transfer/accept", Contract.of("acceptLead")
                        .noContent("The caller's agency leads the case").caseMutation().example("{}")),
                entry("POST " + CASE + "/lead-transfer/decline", Contract.of("declineLead")
                        .noContent("Offer declined").caseMutation().example("{\"reason\":\"no caseworker free this month\"}")),
                entry("POST " + CASE + "/close", Contract.of("closeCase").noContent("Closed").caseMutation()
                        .example("{\"reason\":\"services delivered\"}")),
                entry("POST " + CASE + "/reopen", Contract.of("reopenCase").noContent("Reopened").caseMutation()
                        .example("{\"reason\":\"the subject returned for help\"}")),
                entry("POST " + CASE + "/referrals", Contract.of("requestReferral")
                        .created("Requested; Location names the referral", object("referralId", ref("ReferralId")))
                        .withLocation().caseMutation().example(
                                "{\"toAgency\":\"iom-bd\",\"serviceType\":\"REINTEGRATION\",\"urgency\":\"NORMAL\",\"note\":\"returnee from Riyadh\"}")),
                entry("POST " + REFERRAL + "/accept", Contract.of("acceptReferral").noContent("Accepted").caseMutation().example("{}")),
                entry("POST " + REFERRAL + "/decline", Contract.of("declineReferral").noContent("Declined").caseMutation()
                        .example("{\"reasonCode\":\"NO_CAPACITY\",\"reason\":\"no places until next month\"}")),
                entry("POST " + REFERRAL + "/start", Contract.of("startService").noContent("Service started").caseMutation()
                        .example("{}")),
                entry("POST " + REFERRAL + "/complete", Contract.of("completeReferral").noContent("Completed").caseMutation()
                        .example("{\"outcome\":\"reintegration grant paid\"}")),
                entry("POST " + REFERRAL + "/fail", Contract.of("failReferral").noContent("Recorded as failed").caseMutation()
                        .example("{\"reason\":\"the subject could not be reached\"}")),
                entry("POST " + REFERRAL + "/withdraw", Contract.of("withdrawReferral").noContent("Withdrawn").caseMutation()
                        .example("{\"reason\":\"referred to another agency instead\"}")),
                entry("POST " + CASE + "/erase-subject", Contract.of("eraseSubject")
                        .noContent("Erased: every personal field now reads \"[erased]\"").caseMutation()
                        .example("{\"reason\":\"subject asked to be forgotten\"}")),
                entry("POST " + CASE + "/break-glass", Contract.of("breakGlass")
                        .created("Granted", object("grantId", ref("GrantId"), "expiresAt", instant())).caseMutation()
                        .example("{\"reason\":\"report of imminent danger\",\"duration\":\"PT30M\"}")),
                entry("GET " + CASE + "/break-glass", Contract.of("listBreakGlass").ok(ref("BreakGlassReport"))),
                entry("GET " + CASE + "/disclosures", Contract.of("listDisclosures")
                        .ok(new ArraySchema().items(ref("Disclosure")).maxItems(10_000))));
    }
}
