package org.setu.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.setu.api.agencies.ReservedAgencyIds;
import org.setu.api.recruitment.ComplaintAccess;
import org.setu.api.referral.CaseAccess;
import org.setu.api.referral.RefusedAccessLog;
import org.setu.api.common.ApiCommands;
import org.setu.api.common.ApiQueries;
import org.setu.api.common.WebJson;
import org.setu.api.common.CorrelationIdFilter;
import org.setu.api.common.IdempotencyStore;
import org.setu.api.common.RateLimitFilter;
import org.setu.api.common.RequestShapeFilter;
import org.setu.api.problem.ProblemCatalog;
import org.setu.api.problem.ProblemExceptionHandler;
import org.setu.api.problem.ProblemWriter;
import org.setu.api.problem.Problems;
import org.setu.api.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

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
                                   WebJson json, org.axonframework.eventhandling.gateway.EventGateway events) {
        return new ApiCommands(commands, queries, idempotency, json.mapper(), events);
    }

    @Bean
    public CaseAccess caseAccess(ApiQueries queries, RefusedAccessLog refusals) {
        return new CaseAccess(queries, refusals);
    }

    @Bean
    public ComplaintAccess complaintAccess(ApiQueries queries, ApiCommands commands) {
        return new ComplaintAccess(queries, commands);
    }

    @Bean
    public ReservedAgencyIds reservedAgencyIds(UserDirectory users, ApiQueries queries) {
        return new ReservedAgencyIds(users, queries);
    }

    @Bean
    public RefusedAccessLog refusedAccessLog(org.axonframework.eventhandling.gateway.EventGateway events,
                                             @Value("${setu.audit.refusals-per-minute:10}") long perMinute) {
        return new RefusedAccessLog(events, perMinute);
    }

    @Bean
    public org.setu.api.feeds.FeedSettings feedSettings(
            @Value("${setu.feeds.poll:PT0.5S}") java.time.Duration poll,
            @Value("${setu.feeds.heartbeat:PT15S}") java.time.Duration heartbeat,
            @Value("${setu.feeds.max-connections:3}") int maxConnections) {
        return new org.setu.api.feeds.FeedSettings(poll, heartbeat, maxConnections);
    }

    @Bean
    public org.setu.api.feeds.FeedConnections feedConnections(org.setu.api.feeds.FeedSettings settings) {
        return new org.setu.api.feeds.FeedConnections(settings.maxConnections());
    }

    @Bean
    public org.setu.api.partners.PartnerEvents partnerEvents(org.setu.api.partners.Pseudonyms pseudonyms) {
        return new org.setu.api.partners.PartnerEvents(pseudonyms);
    }

    @Bean
    public org.setu.api.webhooks.WebhookUrls webhookUrls(
            // Localhost receivers by default only on the embedded default (no MongoDB URI configured).
            @Value("${setu.webhooks.allow-localhost:#{'${setu.mongodb-uri:}'.isEmpty()}}") boolean allowLocalhost,
            @Value("${setu.webhooks.allowed-hosts:}") java.util.Set<String> allowedHosts,
            // The system resolver unless a test supplies its own (names it can make resolve anywhere).
            org.springframework.beans.factory.ObjectProvider<org.setu.api.webhooks.WebhookUrls.Resolver> resolver) {
        return new org.setu.api.webhooks.WebhookUrls(allowLocalhost, allowedHosts,
                resolver.getIfAvailable(() -> java.net.InetAddress::getAllByName));
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    public RateLimitFilter rateLimitFilter(@Value("${setu.api.rate-limit.per-second:50}") long perSecond,
                                           @Value("${setu.api.rate-limit.burst:100}") long burst, ProblemWriter problems) {
        return new RateLimitFilter(perSecond, burst, problems);
    }

    @Bean
    public RequestShapeFilter requestShapeFilter(@Value("${setu.api.max-uri-length:8192}") int maxUriLength,
                                                 @Value("${setu.api.max-header-bytes:16384}") int maxHeaderBytes,
                                                 ProblemWriter problems) {
        return new RequestShapeFilter(maxUriLength, maxHeaderBytes, problems);
    }

    @Bean
    public ProblemExceptionHandler problemExceptionHandler(ObjectMapper json) {
        return new ProblemExceptionHandler(json);
    }

    /** The problem types' base; an operator sets it to {@code <public URL>/problems/} so each type is Setu's page. */
    @Bean
    public ProblemCatalog problemCatalog(@Value("${setu.problems.base-uri:" + Problems.TYPE_BASE + "}") String base) {
        Problems.useBase(base);
        return ProblemCatalog.get();
    }
}
