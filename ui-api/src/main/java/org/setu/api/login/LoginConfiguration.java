package org.setu.api.login;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.api.security.AuthSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The lockout policy ({@code setu.auth.lockout.*}) and the guard the token endpoints log in through. */
@Configuration(proxyBeanMethods = false)
public class LoginConfiguration {

    @Bean
    public LoginThrottle loginThrottle(AuthSettings auth) {
        return auth.lockout().throttle();
    }

    @Bean
    public LoginGuard loginGuard(LoginAttempts attempts, LoginThrottle throttle, EventGateway events) {
        return new LoginGuard(attempts, throttle, Clock.systemUTC(), events::publish);
    }
}
