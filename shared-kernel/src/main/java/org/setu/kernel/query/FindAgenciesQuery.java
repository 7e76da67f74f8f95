package org.setu.kernel.query;

import org.setu.kernel.agency.ServiceType;

/** The service directory, optionally filtered by service type, district and language. */
public record FindAgenciesQuery(ServiceType serviceType, String district, String language) {
}
