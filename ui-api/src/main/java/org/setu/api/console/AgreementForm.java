package org.setu.api.console;

import org.setu.api.sharing.AgreementController.AgreementBody;
import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.sharing.AgreementView;
import org.setu.kernel.sharing.FeedEventTypes;
import org.setu.kernel.sharing.IdentifierPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agreement form: what it shows (from an agreement, or what was typed after a refusal) and the API body it
 * makes. Days are whole days in the console's time zone: an agreement starts at the start of {@code validFrom} and
 * ends at the start of {@code validUntil}.
 */
public record AgreementForm(String partner, Set<String> eventTypes, Set<String> categories, String districts,
                            String identifiers, String validFrom, String validUntil) {

    /** The event types offered: every one, or a choice of the known types. */
    public static final Set<String> EVENT_TYPES = new TreeSet<>(FeedEventTypes.KNOWN);

    static AgreementForm empty() {
        return new AgreementForm("", Set.of(FeedEventTypes.ALL), Set.of(), "", IdentifierPolicy.PSEUDONYMOUS.name(), "", "");
    }

    static AgreementForm of(AgreementView view, ZoneId zone) {
        var terms = view.terms();
        Set<String> categories = new TreeSet<>();
        terms.categories().forEach(c -> categories.add(c.name()));
        return new AgreementForm(view.partner(), terms.eventTypes(), categories,
                String.join(", ", new TreeSet<>(terms.districts())), terms.identifiers().name(),
                day(terms.validFrom(), zone), day(terms.validUntil(), zone));
    }

    static AgreementForm typed(ConsoleForms.Action form) {
        return new AgreementForm(orEmpty(form.text("partner")), form.values("eventTypes"), form.values("categories"),
                orEmpty(form.text("districts")), orEmpty(form.text("identifiers")),
                orEmpty(ConsoleForms.latinDigits(form.text("validFrom"))), orEmpty(ConsoleForms.latinDigits(form.text("validUntil"))));
    }

    /** The API's body; the API (and the agreement's own terms) refuse what cannot be agreed. */
    static AgreementBody body(ConsoleForms.Action form, ZoneId zone) {
        return new AgreementBody(form.text("partner"), form.values("eventTypes"),
                form.choices(CaseCategory.class, "categories"), AgencyForms.districts(form.text("districts")),
                form.choice(IdentifierPolicy.class, "identifiers"), start(form.date("validFrom"), zone),
                start(form.date("validUntil"), zone), form.text("reason"));
    }

    public boolean allEvents() {
        return eventTypes.contains(FeedEventTypes.ALL);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static String day(Instant at, ZoneId zone) {
        return at == null ? "" : LocalDate.ofInstant(at, zone).toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
