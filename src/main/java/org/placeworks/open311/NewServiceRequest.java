package org.placeworks.open311;

import java.util.Map;

/**
 * A report as an Open311 client posts it (GeoReport v2 POST requests), each field as sent: the service
 * checks and reads them, so each refusal names the spec's field. {@code attributes} are the
 * {@code attribute[code]} fields by code.
 */
public record NewServiceRequest(String apiKey, String jurisdictionId, String serviceCode, String latitude, String longitude,
        String description, String firstName, String lastName, String email, String phone, Map<String, String> attributes) {
}
