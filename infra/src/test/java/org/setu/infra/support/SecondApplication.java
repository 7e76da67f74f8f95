package org.setu.infra.support;

import org.setu.infra.SetuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * A Setu application started inside a test JVM that may already run one (the API tests' shared context). It gets
 * Reactor Netty resources of its own: with the global ones, closing it disposed the loops and connection pools the
 * other context's clients use too, and a request landing in that window never completed (ConsoleAgenciesTest's 60 s
 * hang right after ConsoleOverdueComplaintsTest).
 */
public final class SecondApplication {

    private SecondApplication() {
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SetuApplication.class).initializers(context ->
                ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, SecondApplication::ownResources));
    }

    /**
     * Loops and connection pools of the application's own, disposed with it and only with it: for any context that is
     * closed while the JVM runs others (a second application, a {@code @DirtiesContext} test).
     */
    public static ReactorResourceFactory ownResources() {
        ReactorResourceFactory own = new ReactorResourceFactory();
        own.setUseGlobalResources(false);
        return own;
    }
}
