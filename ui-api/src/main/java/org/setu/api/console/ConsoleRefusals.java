package org.setu.api.console;

import org.setu.api.problem.ApiExceptionHandler;
import org.setu.api.problem.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal as the console shows it: the API's own problem (same status, type and field, produced by the API's
 * exception handler), its type put in words in the page's language, and the form field to mark. Rule refusals that
 * name no field point at the field the rule is about ({@code outside-consent}: the receiving agency).
 */
@Component
public class ConsoleRefusals {

    private static final Map<String, String> RULE_FIELDS = Map.ofEntries(
            Map.entry("outside-consent", "toAgency"), Map.entry("referral-to-own-agency", "toAgency"),
            Map.entry("unknown-agency", "toAgency"), Map.entry("agency-suspended", "toAgency"),
            Map.entry("duplicate-active-referral", "toAgency"), Map.entry("service-not-offered", "serviceType"),
            Map.entry("consent-withdrawn", "toAgency"),
            // the administration forms (agencies, agreements)
            Map.entry("agency-already-registered", "agencyId"), Map.entry("agency-id-reserved", "agencyId"),
            Map.entry("staff-not-found", "staffId"), Map.entry("partner-is-an-agency", "partner"));

    private final ApiExceptionHandler problems;
    private final MessageSource messages;

    public ConsoleRefusals(ApiExceptionHandler problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** A refused form: which form, the problem's code and status, the field to mark and the words to show. */
    public record Refusal(String form, String code, int status, String field, String words) {

        /** The element the error summary links to: the field, or the form when no field is to blame. */
        public String anchor() {
            return field == null ? form : form + "-" + field.replace('.', '-');
        }

        public boolean on(String formName, String fieldName) {
            return form.equals(formName) && fieldName.equals(field);
        }

        public boolean on(String formName) {
            return form.equals(formName);
        }
    }

    public Refusal of(Throwable thrown, String form, ServerWebExchange exchange) {
        ProblemDetail problem = problems.handle(thrown, exchange).getBody();
        String code = problem.getType().toString().replace(Problems.TYPE_BASE, "");
        Locale locale = exchange.getLocaleContext().getLocale();
        String words = messages.getMessage("problem." + code, null, problem.getDetail(),
                locale == null ? Locale.ENGLISH : locale);
        return new Refusal(form, code, problem.getStatus(), field(problem, code), words);
    }

    private static String field(ProblemDetail problem, String code) {
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
                && first.get("field") instanceof String field) {
            return field;
        }
        return RULE_FIELDS.get(code);
    }
}
