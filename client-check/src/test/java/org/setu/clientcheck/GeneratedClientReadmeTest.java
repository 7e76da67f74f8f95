package org.setu.clientcheck;

import org.junit.jupiter.api.Test;
import org.setu.client.ApiClient;
import org.setu.client.ApiException;
import org.setu.client.api.AuthenticationApi;
import org.setu.client.api.CasesApi;
import org.setu.client.api.QueuesApi;
import org.setu.client.api.ReferralsApi;
import org.setu.client.model.CaseDetail;
import org.setu.client.model.ConsentBody;
import org.setu.client.model.Credentials;
import org.setu.client.model.OpenCase;
import org.setu.client.model.Outcome;
import org.setu.client.model.Problem;
import org.setu.client.model.Referral;
import org.setu.client.model.ReferralQueueItemView;
import org.setu.client.model.ReferralRequest;
import org.setu.client.model.SubjectRequest;
import org.setu.infra.SetuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The README's walk-through with a Java client generated from the served OpenAPI document (this module's build
 * generates it), against the application started as quickstart.sh starts it: typed requests go out, typed answers
 * and problems come back.
 */
class GeneratedClientReadmeTest {

    private String base;

    @Test
    void a_client_generated_from_the_document_runs_the_readme_walkthrough() throws Exception {
        Path demoUsers = Path.of("..", "demo", "users.json");
        try (var app = new SpringApplicationBuilder(SetuApplication.class).run("--server.port=0", "--setu.seed=demo",
                "--setu.data-dir=" + Files.createTempDirectory("setu-client-check"), "--setu.users-file=" + demoUsers)) {
            base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            ApiClient amina = as(token("amina")), nadia = as(token("nadia")), shirin = as(token("shirin"));

            String caseId = new CasesApi(amina).openCase(new OpenCase()
                    .category(OpenCase.CategoryEnum.RETURN_REINTEGRATION).migrationStage(OpenCase.MigrationStageEnum.RETURN)
                    .district("Dhaka").countryOfDestination("SA")
                    .subject(new SubjectRequest().fullName("Rahima Begum").dateOfBirth(LocalDate.of(1990, 1, 31)).sex("F"))
                    .consent(new ConsentBody().agencies(Set.of("iom-bd")).purposes(Set.of(ConsentBody.PurposesEnum.SERVICE_PROVISION))),
                    null).getCaseId();
            String referralId = new ReferralsApi(amina).requestReferral(caseId, new ReferralRequest().toAgency("iom-bd")
                    .serviceType(ReferralRequest.ServiceTypeEnum.REINTEGRATION).urgency(ReferralRequest.UrgencyEnum.NORMAL),
                    null, null).getReferralId();

            assertThat(new QueuesApi(nadia).referralQueue("incoming", null, null, null, null, null).getItems())
                    .extracting(ReferralQueueItemView::getReferralId).contains(referralId);
            new ReferralsApi(nadia).acceptReferral(caseId, referralId, null, null, Map.of());
            new ReferralsApi(nadia).completeReferral(caseId, referralId, new Outcome().outcome("reintegration grant paid"),
                    null, null);

            CaseDetail asLead = new CasesApi(amina).getCase(caseId, null);
            assertThat(asLead.getReferrals()).extracting(Referral::getStatus).containsExactly(Referral.StatusEnum.COMPLETED);
            assertThat(asLead.getSubject().getFullName()).isEqualTo("Rahima Begum");

            ApiException refused = catchThrowableOfType(ApiException.class, () -> new CasesApi(shirin).getCase(caseId, null));
            assertThat(refused.getCode()).isEqualTo(404);
            Problem problem = amina.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
            assertThat(problem.getType().toString()).isEqualTo("https://setu.example/problems/case-not-found");

            String partner = new AuthenticationApi(anonymous())
                    .clientCredentialsToken("client_credentials", "research-1", "research-1-demo-secret").getAccessToken();
            assertThat(partner).isNotBlank();
        }
    }

    private String token(String user) throws ApiException {
        return new AuthenticationApi(anonymous()).issueToken(new Credentials().username(user).password(user + "-demo"))
                .getAccessToken();
    }

    private ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        return client;
    }

    private ApiClient as(String token) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
}
