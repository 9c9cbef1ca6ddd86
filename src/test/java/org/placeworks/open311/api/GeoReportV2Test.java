package org.placeworks.open311.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.open311.Open311Keys;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Open311 GeoReport v2 against the specification's own example documents (element names and order, in XML
 * and JSON) and against what FixMyStreet's client sends and reads: a raw form post without charset or
 * Accept header, CRLF line breaks, attribute[] fields; the XML answer it parses; the spec's error documents.
 */
@QuarkusTest
class GeoReportV2Test {

    static final String BASE = "/open311/v2/";
    static final String INSIDE_LAT = "52.4668";
    static final String INSIDE_LONG = "-1.1352";
    private static final Pattern W3C = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The spec's example elements of a service, a service definition's attribute, a request and an error, in order. */
    static final List<String> SERVICE = List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    static final List<String> ATTRIBUTE = List.of("variable", "code", "datatype", "required", "datatype_description", "order",
            "description", "values");
    static final List<String> REQUEST = List.of("service_request_id", "status", "status_notes", "service_name", "service_code",
            "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final List<String> ERROR = List.of("code", "description");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Open311Keys keys;

    @Inject
    EntityManager em;

    @Inject
    org.placeworks.identity.ActingAs actingAs;

    @Inject
    org.placeworks.estate.EstateIssueWork work;

    @Inject
    org.placeworks.estate.EstateIssues estateIssues;

    String key;

    @BeforeEach
    void aClient() {
        if (key == null) {
            key = keys.issue("GeoReport Test Client " + UUID.randomUUID()).key();
        }
    }

    // --- Services -------------------------------------------------------------------------

    @Test
    void theServiceListFollowsTheSpecInXml() throws Exception {
        Element services = xml(given().get(BASE + "services.xml").then().statusCode(200)
                .contentType("application/xml").extract().asString());
        assertThat(services.getTagName()).isEqualTo("services");
        List<Element> list = children(services);
        assertThat(list).hasSize(10).allSatisfy(s -> {
            assertThat(s.getTagName()).isEqualTo("service");
            assertThat(names(s)).isEqualTo(SERVICE);
        });
        Element flyTipping = list.stream().filter(s -> text(s, "service_code").equals("fly-tipping")).findFirst().orElseThrow();
        assertThat(text(flyTipping, "service_name")).isEqualTo("Fly-tipping");
        assertThat(text(flyTipping, "metadata")).isEqualTo("false");
        assertThat(text(flyTipping, "type")).isEqualTo("realtime");
        assertThat(text(flyTipping, "group")).isEqualTo("Estate Services");
        Element vehicle = list.stream().filter(s -> text(s, "service_code").equals("abandoned-vehicle")).findFirst().orElseThrow();
        assertThat(text(vehicle, "metadata")).isEqualTo("true");
    }

    @Test
    void theServiceListFollowsTheSpecInJson() throws Exception {
        JsonNode services = JSON.readTree(given().get(BASE + "services.json").then().statusCode(200)
                .contentType("application/json").extract().asString());
        assertThat(services.isArray()).isTrue();
        assertThat(services).hasSize(10).allSatisfy(s -> assertThat(fieldNames(s)).isEqualTo(SERVICE));
        assertThat(services.get(0).get("metadata").isBoolean()).isTrue();
    }

    @Test
    void aServiceDefinitionFollowsTheSpecInBothFormats() throws Exception {
        Element definition = xml(given().get(BASE + "services/abandoned-vehicle.xml").then().statusCode(200).extract().asString());
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(names(definition)).containsExactly("service_code", "attributes");
        Element attribute = children(child(definition, "attributes")).get(0);
        assertThat(attribute.getTagName()).isEqualTo("attribute");
        assertThat(names(attribute)).isEqualTo(ATTRIBUTE);
        assertThat(text(attribute, "code")).isEqualTo("registration");
        assertThat(text(attribute, "datatype")).isEqualTo("string");
        assertThat(text(attribute, "required")).isEqualTo("false");

        JsonNode json = JSON.readTree(given().get(BASE + "services/abandoned-vehicle.json").then().statusCode(200).extract().asString());
        assertThat(fieldNames(json)).containsExactly("service_code", "attributes");
        assertThat(fieldNames(json.get("attributes").get(0))).isEqualTo(ATTRIBUTE);
        assertThat(json.get("attributes").get(0).get("values").isArray()).isTrue();
        assertThat(json.get("attributes").get(0).get("required").asBoolean()).isFalse();

        Element none = xml(given().get(BASE + "services/litter.xml").then().statusCode(200).extract().asString());
        assertThat(children(child(none, "attributes"))).isEmpty();
    }

    @Test
    void anUnknownServiceDefinitionIsNotFound() throws Exception {
        Response answer = given().get(BASE + "services/potholes.xml");
        answer.then().statusCode(404);
        assertError(answer.asString(), "404");
    }

    // --- Posting as FixMyStreet does -----------------------------------------------------------

    @Test
    void fixMyStreetsPostIsAnsweredWithTheServiceRequestId() throws Exception {
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", fixMyStreetForm("fly-tipping", INSIDE_LAT, INSIDE_LONG));
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        Matcher exact = Pattern.compile("<\\?xml version=\"1.0\" encoding=\"utf-8\"\\?><service_requests><request>"
                + "<service_request_id>([0-9a-f-]{36})</service_request_id><service_notice>[^<]+</service_notice><account_id></account_id>"
                + "</request></service_requests>").matcher(answer.body());
        assertThat(exact.matches()).as(answer.body()).isTrue();
        UUID id = UUID.fromString(exact.group(1));

        Object[] saved = (Object[]) em.createNativeQuery("select category, channel, channel_reference, reporter_name, reporter_email,"
                + " description, title, latitude, longitude from estate_issue where id = ?1").setParameter(1, id).getSingleResult();
        assertThat(saved[0]).isEqualTo("FLY_TIPPING");
        assertThat(saved[1]).isEqualTo("OPEN311");
        assertThat((String) saved[2]).startsWith("GeoReport Test Client");
        assertThat(saved[3]).isEqualTo("Zebedee Quillfeather-Nantwich");
        assertThat(saved[4]).isEqualTo("zebedee.quillfeather@example.net");
        assertThat((String) saved[5]).startsWith("title: Sofa dumped by the bins\n\ndetail: An old sofa").doesNotContain("\r")
                .contains("Café");
        assertThat(saved[6]).isEqualTo("Sofa dumped by the bins");
        assertThat(((Number) saved[7]).doubleValue()).isEqualTo(52.4668);
        assertThat(((Number) saved[8]).doubleValue()).isEqualTo(-1.1352);
    }

    @Test
    void aPostNeedsNoCsrfTokenWhateverCookieItCarries() throws Exception {
        assertThat(fixMyStreetPost("requests.xml", fixMyStreetForm("litter", INSIDE_LAT, INSIDE_LONG), "csrf-token=forged; other=1")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void theJsonPostAnswerIsAnArray() throws Exception {
        HttpResponse<String> answer = fixMyStreetPost("requests.json", fixMyStreetForm("graffiti", INSIDE_LAT, INSIDE_LONG));
        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.isArray()).isTrue();
        assertThat(fieldNames(body.get(0))).containsExactly("service_request_id", "service_notice", "account_id");
        assertThat(body.get(0).get("account_id").isNull()).isTrue();
    }

    @Test
    void anAttributeAnswerJoinsTheDescription() throws Exception {
        Map<String, String> form = fixMyStreetForm("abandoned-vehicle", INSIDE_LAT, INSIDE_LONG);
        form.put("attribute[registration]", "QX11 ZZT");
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", form);
        assertThat(answer.statusCode()).isEqualTo(201);
        String id = text(children(xml(answer.body())).get(0), "service_request_id");
        assertThat((String) em.createNativeQuery("select description from estate_issue where id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult()).endsWith("The vehicle's registration number, if you can see it: QX11 ZZT");
    }

    // --- Refusals: the spec's error documents, nothing saved ------------------------------------

    @Test
    void aWrongKeyIsRefusedWith403() throws Exception {
        long before = issueCount();
        Map<String, String> form = fixMyStreetForm("fly-tipping", INSIDE_LAT, INSIDE_LONG);
        form.put("api_key", "not-a-key-anyone-was-given-0000000000");
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", form);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertError(answer.body(), "403");
        form.remove("api_key");
        assertThat(fixMyStreetPost("requests.xml", form).statusCode()).isEqualTo(403);
        assertThat(issueCount()).isEqualTo(before);
    }

    @Test
    void aRevokedKeyIsRefusedWith403() throws Exception {
        var issued = keys.issue("GeoReport Test Revoked " + UUID.randomUUID());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> keys.revoke(issued.client().id(), issued.client().version()));
        Map<String, String> form = fixMyStreetForm("fly-tipping", INSIDE_LAT, INSIDE_LONG);
        form.put("api_key", issued.key());
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", form);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertError(answer.body(), "403");
    }

    @Test
    void anUnknownServiceCodeIsRefusedWith400NamingIt() throws Exception {
        long before = issueCount();
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", fixMyStreetForm("potholes", INSIDE_LAT, INSIDE_LONG));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(assertError(answer.body(), "400")).contains("service_code").contains("potholes");
        assertThat(issueCount()).isEqualTo(before);
    }

    @Test
    void aPointOutsideEveryBoundaryIsRefusedWith400() throws Exception {
        long before = issueCount();
        HttpResponse<String> london = fixMyStreetPost("requests.xml", fixMyStreetForm("fly-tipping", "51.5007", "-0.1246"));
        assertThat(london.statusCode()).isEqualTo(400);
        assertThat(assertError(london.body(), "400")).startsWith("lat: ").contains("outside");
        // In the town, but not on the estate Estate Services serves.
        HttpResponse<String> castleHill = fixMyStreetPost("requests.json", fixMyStreetForm("fly-tipping", "52.4720", "-1.1650"));
        assertThat(castleHill.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(castleHill.body());
        assertThat(fieldNames(errors.get(0))).isEqualTo(ERROR);
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(400);
        assertThat(errors.get(0).get("description").asText()).startsWith("lat: ").contains("not inside an estate");
        assertThat(issueCount()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        Map<String, String> form = fixMyStreetForm("", "", "north");
        form.remove("description");
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", form);
        assertThat(answer.statusCode()).isEqualTo(400);
        List<String> descriptions = children(xml(answer.body())).stream().map(e -> text(e, "description")).toList();
        assertThat(descriptions).anyMatch(d -> d.startsWith("service_code")).anyMatch(d -> d.startsWith("lat"))
                .anyMatch(d -> d.startsWith("long")).anyMatch(d -> d.startsWith("description"));
    }

    // --- Reading requests -----------------------------------------------------------------

    @Test
    void requestsFollowTheSpecInBothFormatsWithW3cDates() throws Exception {
        String id = postOne("litter");
        Element list = xml(given().get(BASE + "requests.xml?service_request_id=" + id + "," + UUID.randomUUID())
                .then().statusCode(200).extract().asString());
        assertThat(list.getTagName()).isEqualTo("service_requests");
        assertThat(children(list)).hasSize(1);
        Element request = children(list).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).isEqualTo(REQUEST);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "service_code")).isEqualTo("litter");
        assertThat(text(request, "agency_responsible")).isIn("Housing Estate Team", "Street Scene Thornbury");
        assertThat(text(request, "lat")).isEqualTo("52.4668");
        for (String date : List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
            assertThat(text(request, date)).matches(W3C);
        }

        JsonNode json = JSON.readTree(given().get(BASE + "requests.json?service_request_id=" + id).then().statusCode(200).extract().asString());
        assertThat(json.isArray()).isTrue();
        assertThat(fieldNames(json.get(0))).isEqualTo(REQUEST);
        assertThat(json.get(0).get("lat").asDouble()).isEqualTo(52.4668);
        assertThat(json.get(0).get("requested_datetime").asText()).matches(W3C);

        Element one = xml(given().get(BASE + "requests/" + id + ".xml").then().statusCode(200).extract().asString());
        assertThat(text(children(one).get(0), "service_request_id")).isEqualTo(id);
        JsonNode oneJson = JSON.readTree(given().get(BASE + "requests/" + id + ".json").then().statusCode(200).extract().asString());
        assertThat(oneJson.get(0).get("service_request_id").asText()).isEqualTo(id);
    }

    @Test
    void requestsAreFilteredByServiceStatusAndDates() throws Exception {
        String id = postOne("dog-fouling");
        assertThat(given().get(BASE + "requests.xml?service_code=dog-fouling&status=open").asString()).contains(id);
        assertThat(given().get(BASE + "requests.xml?service_code=litter").asString()).doesNotContain(id);
        assertThat(given().get(BASE + "requests.xml?status=closed").asString()).doesNotContain(id);
        assertThat(given().queryParam("start_date", "2020-01-01T00:00:00Z").queryParam("end_date", "2020-02-01T00:00:00+00:00")
                .get(BASE + "requests.xml").asString()).doesNotContain(id).contains("<service_requests></service_requests>");
        // A "+" sent unencoded arrives as a space: still read as the offset it was.
        assertThat(given().urlEncodingEnabled(false).get(BASE + "requests.xml?start_date=2020-01-01T00:00:00+00:00").asString())
                .doesNotContain(id).contains("<service_requests></service_requests>");
        assertThat(given().get(BASE + "requests.xml").asString()).as("the last 90 days by default").contains(id);
        Response tooLong = given().get(BASE + "requests.xml?start_date=2020-01-01T00:00:00Z&end_date=2020-06-01T00:00:00Z");
        tooLong.then().statusCode(400);
        assertThat(assertError(tooLong.asString(), "400")).contains("90 days");
        Response badDate = given().get(BASE + "requests.json?start_date=yesterday");
        badDate.then().statusCode(400);
        assertThat(JSON.readTree(badDate.asString()).get(0).get("description").asText()).startsWith("start_date");
        given().get(BASE + "requests.xml?status=pending").then().statusCode(400);
    }

    @Test
    void anUnknownRequestIsNotFound() throws Exception {
        Response unknown = given().get(BASE + "requests/" + UUID.randomUUID() + ".xml");
        unknown.then().statusCode(404);
        assertError(unknown.asString(), "404");
        Response garbled = given().get(BASE + "requests/12345.json");
        garbled.then().statusCode(404);
        assertThat(JSON.readTree(garbled.asString()).get(0).get("code").asInt()).isEqualTo(404);
    }

    // --- Updates (FixMyStreet's extension) ------------------------------------------------------

    @Test
    void updatesNeedTheKeyAndFollowFixMyStreetsReader() throws Exception {
        String id = postOne("graffiti");
        Response refused = given().get(BASE + "servicerequestupdates.xml?start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z");
        refused.then().statusCode(403);
        assertError(refused.asString(), "403");

        fixedByTheCouncil(UUID.fromString(id));
        String start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2).withNano(0).toString();
        String end = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(1).withNano(0).toString();
        Element updates = xml(given().queryParam("api_key", key).queryParam("start_date", start).queryParam("end_date", end)
                .get(BASE + "servicerequestupdates.xml").then().statusCode(200).extract().asString());
        assertThat(updates.getTagName()).isEqualTo("service_requests_updates");
        Element update = children(updates).stream().filter(u -> text(u, "service_request_id").equals(id)).findFirst().orElseThrow();
        assertThat(update.getTagName()).isEqualTo("request_update");
        assertThat(names(update)).containsExactly("update_id", "service_request_id", "status", "updated_datetime", "description",
                "media_url");
        assertThat(text(update, "status")).isEqualTo("fixed");
        assertThat(text(update, "updated_datetime")).matches(W3C);
        assertThat(text(update, "description")).isEqualTo("Cleaned off the wall of the garages.");

        JsonNode json = JSON.readTree(given().queryParam("api_key", key).queryParam("start_date", start).queryParam("end_date", end)
                .get(BASE + "servicerequestupdates.json").then().statusCode(200).extract().asString());
        assertThat(json.isArray()).isTrue();
    }

    // --- No personal data in the public reads ----------------------------------------------------

    @Test
    void noPublicReadShowsTheReporter() throws Exception {
        Map<String, String> form = fixMyStreetForm("overgrown-land", INSIDE_LAT, INSIDE_LONG);
        form.put("first_name", "Quenburga");
        form.put("last_name", "Vanderbrook-Sentinel");
        form.put("email", "quenburga.sentinel@example.org");
        form.put("phone", "07700 900 461");
        HttpResponse<String> posted = fixMyStreetPost("requests.xml", form);
        assertThat(posted.statusCode()).isEqualTo(201);
        String id = text(children(xml(posted.body())).get(0), "service_request_id");
        fixedByTheCouncil(UUID.fromString(id));
        List<String> reads = new ArrayList<>();
        for (String format : List.of("xml", "json")) {
            reads.add(given().get(BASE + "services." + format).asString());
            reads.add(given().get(BASE + "services/overgrown-land." + format).asString());
            reads.add(given().get(BASE + "requests." + format).asString());
            reads.add(given().get(BASE + "requests." + format + "?service_request_id=" + id).asString());
            reads.add(given().get(BASE + "requests/" + id + "." + format).asString());
            reads.add(given().queryParam("api_key", key).get(BASE + "servicerequestupdates." + format).asString());
        }
        assertThat(reads.get(3)).contains(id);
        assertThat(reads).allSatisfy(body -> assertThat(body).doesNotContain("Quenburga").doesNotContain("Vanderbrook")
                .doesNotContain("quenburga.sentinel").doesNotContain("900 461"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "admin", roles = "admin")
    void theEndpointsAreDescribedUnderTheirOwnTag() throws Exception {
        JsonNode openapi = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode services = openapi.path("paths").path("/open311/v2/services.{format}").path("get");
        assertThat(services.isMissingNode()).as("services in OpenAPI").isFalse();
        assertThat(services.path("tags").toString()).contains("Open311");
        assertThat(openapi.path("paths").path("/open311/v2/requests.{format}").path("post").path("tags").toString()).contains("Open311");
    }

    // --- Helpers ---------------------------------------------------------------------------

    /** A report as FixMyStreet's Open311 client builds it (UK cobrand, extended description). */
    Map<String, String> fixMyStreetForm(String serviceCode, String lat, String lon) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key);
        form.put("service_code", serviceCode);
        form.put("description", "title: Sofa dumped by the bins\n\ndetail: An old sofa outside the Café on Wharf Street.\n\n"
                + "url: http://localhost:3000/report/42\n\nSubmitted via FixMyStreet\n");
        form.put("first_name", "Zebedee");
        form.put("last_name", "Quillfeather-Nantwich");
        form.put("email", "zebedee.quillfeather@example.net");
        form.put("lat", lat);
        form.put("long", lon);
        form.put("jurisdiction_id", "eastmoor");
        form.put("attribute[fms_extra_title]", "");
        return form;
    }

    /**
     * The request exactly as HTTP::Request::Common's POST makes it: UTF-8, form-encoded with + for spaces, each
     * LF sent as CRLF, Content-Type without a charset, and no Accept header.
     */
    HttpResponse<String> fixMyStreetPost(String path, Map<String, String> form) throws Exception {
        return fixMyStreetPost(path, form, null);
    }

    HttpResponse<String> fixMyStreetPost(String path, Map<String, String> form, String cookie) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8).replace("%0A", "%0D%0A"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String postOne(String serviceCode) throws Exception {
        HttpResponse<String> answer = fixMyStreetPost("requests.xml", fixMyStreetForm(serviceCode, INSIDE_LAT, INSIDE_LONG));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return text(children(xml(answer.body())).get(0), "service_request_id");
    }

    /** The owning service marks the issue fixed, with a note for the public, as the issue page does. */
    void fixedByTheCouncil(UUID issue) {
        boolean estateTeam = estateIssues.publicIssue(issue).orElseThrow().serviceName().equals("Housing Estate Team");
        actingAs.run(estateTeam ? "estate" : "manager", java.util.Set.of(estateTeam ? org.placeworks.identity.Roles.ESTATE_OFFICER
                : org.placeworks.identity.Roles.MANAGER), () -> {
            long version = work.show(issue).issue().version();
            work.change(issue, new org.placeworks.estate.IssueChange(org.placeworks.estate.IssueTransition.FIX, null, null, null,
                    "Cleaned off the wall of the garages.", version));
        });
    }

    long issueCount() {
        return ((Number) em.createNativeQuery("select count(*) from estate_issue").getSingleResult()).longValue();
    }

    /** Asserts the spec's error document (one error at least, each code and description) and answers the first description. */
    static String assertError(String body, String code) throws Exception {
        Element errors = xml(body);
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(children(errors)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getTagName()).isEqualTo("error");
            assertThat(names(e)).isEqualTo(ERROR);
            assertThat(text(e, "code")).isEqualTo(code);
        });
        return text(children(errors).get(0), "description");
    }

    static Element xml(String body) throws Exception {
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElseThrow();
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
