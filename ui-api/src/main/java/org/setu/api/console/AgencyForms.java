package org.setu.api.console;

import org.setu.api.agencies.AgencyController.AgencyBody;
import org.setu.api.agencies.AgencyController.ReasonBody;
import org.setu.api.agencies.AgencyController.StaffBody;
import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.common.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency forms' fields into the API's bodies. The profile form has one row per service type (a checkbox
 * {@code service}, then {@code districts.<TYPE>} as names separated by commas, {@code languages.<TYPE>} and
 * {@code intakeHours.<TYPE>}); the API names a refused district by its place in the list it was given
 * ({@code services[1].districts[0]}), which {@link #rowField} turns back into the row's field.
 */
final class AgencyForms {

    private static final Pattern SERVICE_FIELD = Pattern.compile("services\\[(\\d+)]\\.(districts|languages|intakeHours).*");

    private AgencyForms() {
    }

    /** The profile and services as the API takes them (the agency id only on registration). */
    static AgencyBody profile(ConsoleForms.Action form, String agencyId) {
        List<ServiceOffering> services = new ArrayList<>();
        for (ServiceType type : offered(form)) {
            services.add(new ServiceOffering(type, districts(form.text("districts." + type)),
                    form.values("languages." + type), form.text("intakeHours." + type)));
        }
        return new AgencyBody(agencyId, form.text("name"), form.choice(AgencyType.class, "type"), services);
    }

    static StaffBody staff(ConsoleForms.Action form) {
        return new StaffBody(form.text("staffId"), form.text("name"), form.choices(Role.class, "roles"));
    }

    static ReasonBody reason(ConsoleForms.Action form) {
        return new ReasonBody(form.text("reason"));
    }

    /** The service types ticked, in the order the API receives them. */
    static List<ServiceType> offered(ConsoleForms.Action form) {
        return List.copyOf(form.choices(ServiceType.class, "service"));
    }

    /** "Dhaka, Cumilla" (or "ঢাকা, কুমিল্লা") into the names; the API checks each against the district list. */
    static Set<String> districts(String typed) {
        Set<String> names = new LinkedHashSet<>();
        if (typed != null) {
            Arrays.stream(typed.split("[,،]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        return names;
    }

    /** The API's field for the i-th service sent ({@code services[1].districts[0]}) as the form's row field. */
    static String rowField(String apiField, List<ServiceType> sent) {
        if (apiField == null) {
            return null;
        }
        Matcher m = SERVICE_FIELD.matcher(apiField);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= sent.size()) {
            return apiField;
        }
        return m.group(2) + "." + sent.get(Integer.parseInt(m.group(1)));
    }
}
