package org.setu.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.setu.api.agencies.ReservedAgencyIds;
import org.setu.api.audit.AuditSettings;
import org.setu.api.recruitment.ComplaintAccess;
import org.setu.api.referral.CaseAccess;
import org.setu.api.referral.RefusedAccessLog;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.ApiSettings;
import org.setu.api.common.CorrelationIdFilter;
import org.setu.api.common.IdempotencyStore;
import org.setu.api.common.RateLimitFilter;
import org.setu.api.common.RequestShapeFilter;
import org.setu.api.common.WebJson;
import org.setu.api.feeds.FeedConnections;
import org.setu.api.feeds.FeedSettings;
import org.setu.api.partners.PartnerEvents;
import org.setu.api.partners.Pseudonyms;
import org.setu.api.problem.ProblemCatalog;
import org.setu.api.problem.ProblemExceptionHandler;
import org.setu.api.problem.ProblemLanguage;
import org.setu.api.problem.ProblemSettings;
import org.setu.api.problem.ProblemWriter;
import org.setu.api.problem.Problems;
import org.setu.api.referral.CaseAccess;
import org.setu.api.referral.RefusedAccessLog;
import org.setu.api.security.UserDirectory;
import org.setu.api.webhooks.WebhookSettings;
import org.setu.api.webhooks.WebhookUrls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.net.InetAddress;

/** The web API's beans; the application in infra imports this configuration. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.setu.api")
public class ApiConfiguration {

    @Bean
    public WebJson webJson(ObjectMapper application) {
        return new WebJson(application);
    }

    @Bean
    public ApiQueries apiQueries(QueryGateway queries) {
        return new ApiQueries(queries);
    }

    @Bean
    public ApiCommands apiCommands(CommandGateway commands, ApiQueries queries, IdempotencyStore idempotency,
                                   WebJson json, EventGateway events) {
        return new ApiCommands(commands, queries, idempotency, json.mapper(), events);
    }

    @Bean
    public CaseAccess caseAccess(ApiQueries queries, RefusedAccessLog refusals) {
        return new CaseAccess(queries, refusals);
    }

    @Bean
    public ComplaintAccess complaintAccess(ApiQueries queries, ApiCommands commands, RefusedAccessLog refusals) {
        return new ComplaintAccess(queries, commands, refusals);
    }

    @Bean
    public ReservedAgencyIds reservedAgencyIds(UserDirectory users, ApiQueries queries) {
        return new ReservedAgencyIds(users, queries);
    }

    @Bean
    public RefusedAccessLog refusedAccessLog(EventGateway events,
                                             AuditSettings audit) {
        return new RefusedAccessLog(events, audit.refusalsPerMinute());
    }

    @Bean
    public FeedConnections feedConnections(FeedSettings settings) {
        return new FeedConnections(settings.maxConnections());
    }

    @Bean
    public PartnerEvents partnerEvents(Pseudonyms pseudonyms) {
        return new PartnerEvents(pseudonyms);
    }

    @Bean
    public WebhookUrls webhookUrls(
            WebhookSettings settings, NodeSettings node,
            // The system resolver unless a test supplies its own (names it can make resolve anywhere).
            ObjectProvider<WebhookUrls.Resolver> resolver) {
        return new WebhookUrls(settings.localhostAllowed(node.embedded()), settings.allowedHosts(),
                resolver.getIfAvailable(() -> InetAddress::getAllByName));
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    public RateLimitFilter rateLimitFilter(ApiSettings api, ProblemWriter problems) {
        return new RateLimitFilter(api.rateLimit().perSecond(), api.rateLimit().burst(), problems);
    }

    @Bean
    public RequestShapeFilter requestShapeFilter(ApiSettings api, ProblemWriter problems) {
        return new RequestShapeFilter(api.maxUriLength(), api.maxHeaderBytes(), problems);
    }

    @Bean
    public ProblemLanguage problemLanguage(MessageSource messages, ObjectMapper json) {
        return new ProblemLanguage(messages, json);
    }

    @Bean
    public ProblemExceptionHandler problemExceptionHandler(ObjectMapper json, ProblemLanguage language) {
        return new ProblemExceptionHandler(json, language);
    }

    /** The problem types' base; an operator sets it to {@code <public URL>/problems/} so each type is Setu's page. */
    @Bean
    public ProblemCatalog problemCatalog(ProblemSettings settings) {
        Problems.useBase(settings.baseUri());
        return ProblemCatalog.get();
    }
}
