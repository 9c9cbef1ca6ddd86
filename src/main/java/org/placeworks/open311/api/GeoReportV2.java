package org.placeworks.open311.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.open311.NewServiceRequest;
import org.placeworks.open311.Open311Attribute;
import org.placeworks.open311.Open311Requests;
import org.placeworks.open311.Open311Service;
import org.placeworks.open311.RequestUpdateView;
import org.placeworks.open311.ServiceRequestView;
import org.placeworks.open311.SubmittedRequest;
import org.placeworks.open311.api.Open311Document.Fields;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), as FixMyStreet's client uses it: the format
 * is the address's suffix (.xml or .json), reports are posted as a plain form with the client's api_key, and
 * the reads are public and hold no personal data. Errors are the spec's error documents
 * ({@link Open311Errors}).
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311", description = "GeoReport v2 for FixMyStreet and other civic tools: services, reports in, public reads "
        + "and status updates. No sign-in; posts and the updates query carry the client's api_key.")
@SecurityRequirementsSet
public class GeoReportV2 {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[(.+)]");

    @Inject
    Open311Requests requests;

    @GET
    @Path("services.{format: xml|json}")
    @Operation(summary = "The services (kinds of estate issue) a report can be made under")
    public Response services(@RestPath String format, @RestQuery("jurisdiction_id") String jurisdiction) {
        List<Fields> items = requests.services(jurisdiction).stream().map(s -> Open311Document.fields()
                .put("service_code", s.code()).put("service_name", s.name()).put("description", s.description())
                .put("metadata", s.metadata()).put("type", "realtime").put("keywords", "").put("group", s.group())).toList();
        return Open311Formats.answer(format, 200, Open311Document.list("services", "service", items));
    }

    @GET
    @Path("services/{code}.{format: xml|json}")
    @Operation(summary = "A service's definition: the questions it asks of a report")
    public Response service(@RestPath String code, @RestPath String format, @RestQuery("jurisdiction_id") String jurisdiction) {
        Open311Service service = requests.service(code, jurisdiction);
        List<Fields> attributes = service.attributes().stream().map(GeoReportV2::attribute).toList();
        return Open311Formats.answer(format, 200, Open311Document.single("service_definition", Open311Document.fields()
                .put("service_code", service.code()).list("attributes", "attribute", attributes)));
    }

    private static Fields attribute(Open311Attribute a) {
        return Open311Document.fields().put("variable", a.variable()).put("code", a.code()).put("datatype", a.datatype())
                .put("required", a.required()).put("datatype_description", a.datatypeDescription()).put("order", a.order())
                .put("description", a.description()).list("values", "value", a.values().stream()
                        .map(v -> Open311Document.fields().put("key", v.key()).put("name", v.name())).toList());
    }

    @POST
    @Path("requests.{format: xml|json}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Report an issue: a form with api_key, service_code, lat, long, description and the reporter's details")
    public Response create(@RestPath String format, MultivaluedMap<String, String> form) {
        Map<String, String> attributes = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches() && values != null && !values.isEmpty()) {
                attributes.put(m.group(1), values.get(0));
            }
        });
        SubmittedRequest submitted = requests.submit(new NewServiceRequest(form.getFirst("api_key"), form.getFirst("jurisdiction_id"),
                form.getFirst("service_code"), form.getFirst("lat"), form.getFirst("long"), form.getFirst("description"),
                form.getFirst("first_name"), form.getFirst("last_name"), form.getFirst("email"), form.getFirst("phone"), attributes));
        return Open311Formats.answer(format, 201, Open311Document.list("service_requests", "request", List.of(Open311Document.fields()
                .put("service_request_id", submitted.serviceRequestId().toString()).put("service_notice", submitted.serviceNotice())
                .put("account_id", null))));
    }

    @GET
    @Path("requests.{format: xml|json}")
    @Operation(summary = "Requests by id (service_request_id, a comma list), or by service_code, status and start_date/end_date "
            + "(the last 90 days by default, 1,000 at most)")
    public Response list(@RestPath String format, @RestQuery("jurisdiction_id") String jurisdiction,
            @RestQuery("service_request_id") String ids, @RestQuery("service_code") String serviceCode,
            @RestQuery("start_date") String startDate, @RestQuery("end_date") String endDate, @RestQuery String status) {
        List<Fields> items = requests.requests(jurisdiction, ids, serviceCode, startDate, endDate, status).stream()
                .map(GeoReportV2::request).toList();
        return Open311Formats.answer(format, 200, Open311Document.list("service_requests", "request", items));
    }

    @GET
    @Path("requests/{id}.{format: xml|json}")
    @Operation(summary = "One request")
    public Response show(@RestPath String id, @RestPath String format, @RestQuery("jurisdiction_id") String jurisdiction) {
        return Open311Formats.answer(format, 200, Open311Document.list("service_requests", "request",
                List.of(request(requests.request(id, jurisdiction)))));
    }

    /** The spec's fields in the spec's order; those Placeworks does not publish (address_id, zipcode, media_url) are empty. */
    private static Fields request(ServiceRequestView r) {
        return Open311Document.fields().put("service_request_id", r.id().toString()).put("status", r.status())
                .put("status_notes", r.statusNotes()).put("service_name", r.serviceName()).put("service_code", r.serviceCode())
                .put("description", r.description()).put("agency_responsible", r.agencyResponsible())
                .put("service_notice", r.serviceNotice()).put("requested_datetime", r.requested())
                .put("updated_datetime", r.updated()).put("expected_datetime", r.expected()).put("address", r.address())
                .put("address_id", null).put("zipcode", null).put("lat", r.latitude()).put("long", r.longitude())
                .put("media_url", null);
    }

    @GET
    @Path("servicerequestupdates.{format: xml|json}")
    @Operation(summary = "Changes to requests between start_date and end_date (FixMyStreet's extension); needs the api_key")
    public Response updates(@RestPath String format, @RestQuery("api_key") String apiKey,
            @RestQuery("jurisdiction_id") String jurisdiction, @RestQuery("start_date") String startDate,
            @RestQuery("end_date") String endDate) {
        List<Fields> items = requests.updates(apiKey, jurisdiction, startDate, endDate).stream().map(GeoReportV2::update).toList();
        return Open311Formats.answer(format, 200, Open311Document.list("service_requests_updates", "request_update", items));
    }

    private static Fields update(RequestUpdateView u) {
        return Open311Document.fields().put("update_id", u.updateId().toString())
                .put("service_request_id", u.serviceRequestId().toString()).put("status", u.status())
                .put("updated_datetime", u.updated()).put("description", u.description()).put("media_url", null);
    }
}
