package org.setu.api.accounts;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.setu.api.security.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Stored accounts: their management, and the logins that check the users file and them alike. */
@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

    @Bean
    public AccountManagement accountManagement(Accounts accounts, UserDirectory users, EventGateway events,
                                               AccountSettings settings) {
        return new AccountManagement(accounts, users, events::publish, Clock.systemUTC(), settings.linkLifetime());
    }

    @Bean
    public StaffLogins staffLogins(UserDirectory users, Accounts accounts) {
        return new StaffLogins(users, accounts);
    }
}
