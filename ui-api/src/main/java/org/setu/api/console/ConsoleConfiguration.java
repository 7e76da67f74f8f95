package org.setu.api.console;

import org.setu.api.accounts.StaffLogins;
import org.setu.api.login.LoginGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * The web console's beans: login, language, sessions and its static assets (GOV.UK Frontend and htmx from WebJars,
 * Noto Sans Bengali shipped with Setu), each under a versioned path so that browsers may keep them for a year.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration implements WebFluxConfigurer {

    static final String ASSETS = "/console/assets/";
    static final String GOVUK = ASSETS + "govuk-5.14.0/";
    static final String HTMX = ASSETS + "htmx-2.0.4/";
    static final String HTMX_SSE = ASSETS + "htmx-ext-sse-2.2.2/";
    static final String OWN = ASSETS + "setu-2/";

    @Bean
    public ConsoleLogin consoleLogin(StaffLogins logins, LoginGuard guard, ConsoleSettings settings) {
        return new ConsoleLogin(logins, guard, settings.sessionLifetime());
    }

    @Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    public ConsoleLanguage localeContextResolver() {
        return new ConsoleLanguage();
    }

    /**
     * Sessions idle longer than the timeout end; the cookie is HttpOnly, SameSite=Lax, and Secure over https. They are
     * kept in memory unless the application supplies a shared store (infra does with {@code MONGODB_URI}).
     */
    @Bean(name = WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    public WebSessionManager webSessionManager(ConsoleSettings settings, ObjectProvider<WebSessionStore> shared) {
        WebSessionStore store = shared.getIfAvailable(() -> new InMemoryWebSessionStore() {
            @Override
            public Mono<WebSession> createWebSession() {
                return super.createWebSession().doOnNext(s -> s.setMaxIdleTime(settings.idleTimeout()));
            }
        });
        var cookies = new CookieWebSessionIdResolver();
        cookies.setCookieName("SETU_SESSION");
        var manager = new DefaultWebSessionManager();
        manager.setSessionStore(store);
        manager.setSessionIdResolver(cookies);
        return manager;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        registry.addResourceHandler(GOVUK + "**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/")
                .setCacheControl(year);
        registry.addResourceHandler(HTMX + "**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/htmx.org/2.0.4/dist/")
                .setCacheControl(year);
        registry.addResourceHandler(HTMX_SSE + "**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/htmx-ext-sse/2.2.2/")
                .setCacheControl(year);
        registry.addResourceHandler(OWN + "**").addResourceLocations("classpath:/console/static/")
                .setCacheControl(year);
    }

}
