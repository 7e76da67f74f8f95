package org.setu.api.login;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** The lockout policy ({@code setu.auth.lockout.*}) and the guard the token endpoints log in through. */
@Configuration(proxyBeanMethods = false)
public class LoginConfiguration {

    @Bean
    public LoginThrottle loginThrottle(@Value("${setu.auth.lockout.max-failures:5}") int maxFailures,
                                       @Value("${setu.auth.lockout.lock-duration:PT15M}") Duration lockDuration,
                                       @Value("${setu.auth.lockout.backoff:PT1S}") Duration backoff,
                                       @Value("${setu.auth.lockout.backoff-max:PT1M}") Duration backoffMax) {
        return new LoginThrottle(maxFailures, lockDuration, backoff, backoffMax);
    }

    @Bean
    public LoginGuard loginGuard(LoginAttempts attempts, LoginThrottle throttle, EventGateway events) {
        return new LoginGuard(attempts, throttle, Clock.systemUTC(), events::publish);
    }
}
