package org.setu.api.console;

import org.setu.kernel.agency.AgencyType;
import org.setu.kernel.agency.ServiceOffering;
import org.setu.kernel.agency.ServiceType;
import org.setu.kernel.query.AgencyView;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the agency profile form shows: the agency's name, type and one row per service type, filled from the
 * directory or, after a refusal, from what was typed (so nothing typed is lost).
 */
public record AgencyProfile(String agencyId, String name, AgencyType type, List<ServiceRow> rows) {

    /** One service type's row: offered or not, its districts as typed, languages, intake hours. */
    public record ServiceRow(ServiceType type, boolean offered, String districts, Set<String> languages, String intakeHours) {
    }

    static AgencyProfile empty() {
        return new AgencyProfile("", "", null, Arrays.stream(ServiceType.values())
                .map(t -> new ServiceRow(t, false, "", Set.of(), "")).toList());
    }

    static AgencyProfile of(AgencyView view) {
        Map<ServiceType, ServiceOffering> offered = view.services().stream()
                .collect(Collectors.toMap(ServiceOffering::serviceType, Function.identity(), (a, b) -> a));
        return new AgencyProfile(view.agencyId().value(), view.name(), view.type(), Arrays.stream(ServiceType.values())
                .map(t -> {
                    ServiceOffering o = offered.get(t);
                    return o == null ? new ServiceRow(t, false, "", Set.of(), "")
                            : new ServiceRow(t, true, String.join(", ", o.districts().stream().sorted().toList()),
                            o.languages(), o.intakeHours() == null ? "" : o.intakeHours());
                }).toList());
    }

    static AgencyProfile typed(ConsoleForms.Action form) {
        Set<String> ticked = form.values("service");
        return new AgencyProfile(orEmpty(form.text("agencyId")), orEmpty(form.text("name")), typeOf(form.text("type")),
                Arrays.stream(ServiceType.values()).map(t -> new ServiceRow(t, ticked.contains(t.name()),
                        orEmpty(form.text("districts." + t)), form.values("languages." + t),
                        orEmpty(form.text("intakeHours." + t)))).toList());
    }

    private static AgencyType typeOf(String value) {
        return Arrays.stream(AgencyType.values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
