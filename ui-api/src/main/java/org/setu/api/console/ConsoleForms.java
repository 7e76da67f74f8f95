package org.setu.api.console;

import org.setu.api.referral.CaseRequests;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.referral.DeclineReason;
import org.setu.kernel.referral.NoteVisibility;
import org.setu.kernel.referral.Urgency;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * HTML form fields into the API's request bodies. Fields carry the API's names ({@code reason}, {@code toAgency},
 * {@code subject.fullName}), so a refusal naming a field marks that field on the form. A value that is not one of
 * the offered choices is refused here with the field's name, as the API refuses a bad enum in JSON.
 */
public final class ConsoleForms {

    private ConsoleForms() {
    }

    /** One posted form. */
    public record Action(MultiValueMap<String, String> fields) {

        public String text(String name) {
            String value = fields.getFirst(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public CaseRequests.Reason reason() {
            return new CaseRequests.Reason(text("reason"));
        }

        public CaseRequests.Outcome outcome() {
            return new CaseRequests.Outcome(text("outcome"));
        }

        public CaseRequests.Decline decline() {
            return new CaseRequests.Decline(choice(DeclineReason.class, "reasonCode"), text("reason"));
        }

        public CaseRequests.Note note() {
            return new CaseRequests.Note(choice(NoteVisibility.class, "visibility"), text("text"));
        }

        public CaseRequests.Referral referral() {
            return new CaseRequests.Referral(text("toAgency"), choice(ServiceType.class, "serviceType"),
                    choice(Urgency.class, "urgency"), text("note"));
        }

        public <E extends Enum<E>> E choice(Class<E> type, String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException notOffered) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, name, "Choose one of the options for " + name);
            }
        }

        public <E extends Enum<E>> Set<E> choices(Class<E> type, String name) {
            Set<E> chosen = EnumSet.noneOf(type);
            for (String value : values(name)) {
                try {
                    chosen.add(Enum.valueOf(type, value));
                } catch (IllegalArgumentException notOffered) {
                    throw new InvalidInputException(ErrorCode.INVALID_INPUT, name, "Choose from the options for " + name);
                }
            }
            return chosen;
        }

        public Set<String> values(String name) {
            List<String> all = fields.get(name);
            Set<String> values = new LinkedHashSet<>();
            if (all != null) {
                all.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(values::add);
            }
            return values;
        }

        public LocalDate date(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(latinDigits(value));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, name, "Give the date as YYYY-MM-DD");
            }
        }
    }

    /** A filter from a page's query: an empty field means no filter. */
    public static String filter(String value) {
        return value == null || value.isBlank() ? null : latinDigits(value.strip());
    }

    /** Bengali digits (০-৯) typed into numbers become ASCII ones, so that they validate and compare alike. */
    public static String latinDigits(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(c >= '০' && c <= '৯' ? '0' + (c - '০') : c));
        return out.toString();
    }
}
