package org.setu.api.console;

import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.ConsentPurpose;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.MigrationStage;
import org.setu.kernel.referral.NoteVisibility;
import org.setu.kernel.referral.Urgency;
import org.setu.kernel.referral.Vulnerability;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What every console page needs: the CSRF token for its forms, formats for the language shown, who is signed in. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {

    private final ConsoleSettings settings;

    public ConsoleModel(ConsoleSettings settings) {
        this.settings = settings;
    }

    /** WebFlux makes the token lazily: subscribing here puts it in the model as {@code _csrf}. */
    @ModelAttribute("_csrf")
    public Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("fmt")
    public ConsoleFormats formats(ServerWebExchange exchange) {
        return new ConsoleFormats(locale(exchange), settings.timeZone());
    }

    @ModelAttribute("lang")
    public String lang(ServerWebExchange exchange) {
        return locale(exchange).getLanguage();
    }

    @ModelAttribute("choices")
    public Choices choices() {
        return Choices.ALL;
    }

    /** The enums a form offers, in their declared order. */
    public record Choices(List<CaseStatus> caseStatuses, List<CaseCategory> categories, List<MigrationStage> stages,
                          List<Vulnerability> vulnerabilities, List<ConsentPurpose> purposes,
                          List<ServiceType> services, List<Urgency> urgencies, List<DeclineReason> declineReasons,
                          List<NoteVisibility> noteVisibilities) {
        static final Choices ALL = new Choices(List.of(CaseStatus.values()), List.of(CaseCategory.values()),
                List.of(MigrationStage.values()), List.of(Vulnerability.values()), List.of(ConsentPurpose.values()),
                List.of(ServiceType.values()), List.of(Urgency.values()), List.of(DeclineReason.values()),
                List.of(NoteVisibility.values()));
    }

    @ModelAttribute("now")
    public Instant now() {
        return Instant.now();
    }

    /** The signed-in staff member (name, agency, roles) for the page header; empty on the login page. */
    @ModelAttribute("me")
    public Mono<Me> me(ServerWebExchange exchange) {
        return exchange.getPrincipal().filter(JwtAuthenticationToken.class::isInstance)
                .map(p -> Me.of(((JwtAuthenticationToken) p).getToken()));
    }

    /** The same attributes for a page rendered by an exception handler (WebFlux starts those with an empty model). */
    public Rendering.Builder<?> everyPage(Rendering.Builder<?> page, ServerWebExchange exchange) {
        return page.modelAttribute("_csrf", csrf(exchange)).modelAttribute("fmt", formats(exchange))
                .modelAttribute("lang", lang(exchange)).modelAttribute("choices", choices()).modelAttribute("now", now()).modelAttribute("me", me(exchange));
    }

    static Locale locale(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /**
     * The signed-in staff member as the header shows them. The pages offer a link or a form by the roles the API
     * requires for it, and ask for a group of roles by the kernel's own set ({@link Role#SECRETARIAT},
     * {@link Role#CASE_STAFF}), not by listing its roles again.
     */
    public record Me(String username, String name, String agency, List<String> roles) {
        static Me of(Jwt jwt) {
            String name = jwt.getClaimAsString("name");
            return new Me(jwt.getSubject(), name == null ? jwt.getSubject() : name, jwt.getClaimAsString("agency"),
                    jwt.getClaimAsStringList("roles"));
        }

        public boolean has(String role) {
            return roles != null && roles.contains(role);
        }

        /** A reviewer or an administrator of the network secretariat. */
        public boolean secretariat() {
            return anyOf(Role.SECRETARIAT);
        }

        /** A caseworker or focal point: staff who work cases and complaints. */
        public boolean caseStaff() {
            return anyOf(Role.CASE_STAFF);
        }

        private boolean anyOf(Set<Role> group) {
            return group.stream().map(Role::name).anyMatch(this::has);
        }
    }
}
