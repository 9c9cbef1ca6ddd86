package org.placeworks.intelligence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * Triage as the intelligence officer does it through the pages, and what the receiving services then
 * read: a report with a distinctive reporter is graded, its summary checked against the reporter, passed
 * to the police, the housing estate team and early help, and every page and API of the receiving staff
 * (and of a manager) is read for the reporter's name, email and phone.
 */
@QuarkusTest
@TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
class TriagePagesTest {

    /** 5 Wharf Street, on the Millbrook Estate in Riverside: police, housing, street scene and early help all cover it. */
    private static final long WHARF_STREET = 100090000175L;

    private static final String NAME = "Ottoline Vexworthy-Pargeter";
    private static final String EMAIL = "ovexworthy.triage@example.test";
    private static final String PHONE = "07700 900 873";
    /** Every way the identity could show: whole, in part, the email's local part, the phone's digits. */
    private static final List<String> IDENTITY = List.of("Ottoline", "Vexworthy", "Pargeter", "ovexworthy", EMAIL, "900 873",
            "900873", "07700900873");

    @Inject
    Reports reports;

    @Inject
    Places places;

    @Inject
    Today today;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager em;

    @Inject
    org.placeworks.caf.web.CasePages cases;

    private ReportReceipt report(String what) {
        UUID address = places.addressByUprn(WHARF_STREET).orElseThrow().id();
        return reports.submitPublic(new NewReport(ReportCategory.DRUG_DEALING, what, today.date().minusDays(2), null,
                ReportLocation.address(address, null), Victim.NO, new ReporterDetails(NAME, EMAIL, PHONE)));
    }

    private static String triage(UUID id) {
        return "/intelligence/reports/" + id + "/triage";
    }

    private Response grade(UUID id, String summary) {
        return RenderedForm.open(triage(id), triage(id)).set("source", "UNTESTED").set("information", "C").set("handling", "C")
                .set("conditions", "Not to be shared with the landlord").set("summary", summary)
                .set("noteForReporter", "Thank you: an officer is checking what you told us.").submit();
    }

    private Response route(UUID id, String serviceName) {
        RenderedForm form = RenderedForm.open(triage(id), "/intelligence/reports/" + id + "/route");
        String value = page(triage(id)).replaceAll("(?s).*value=\"([0-9a-f-]{36})\"[^>]*>\\s*<label[^>]*>" + java.util.regex.Pattern.quote(serviceName) + " \\(.*", "$1");
        return form.set("serviceId", value).submit();
    }

    private static String page(String path) {
        return given().redirects().follow(false).get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void aSummaryNamingTheReporterIsRefusedWithoutRepeatingThem() {
        UUID id = report("Cars stopping at the garages on Wharf Street for a minute at a time, most evenings.").reportId();
        Response refused = grade(id, "Ms Vexworthy-Pargeter saw cars stopping at the garages. Call her on 07700900873.");
        assertThat(refused.statusCode()).isEqualTo(422);
        var shown = org.jsoup.Jsoup.parse(refused.asString());
        String messages = shown.select(".govuk-error-summary, .govuk-error-message").text();
        assertThat(messages).contains("contains the reporter's name and phone number").doesNotContain("Vexworthy", "900");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from intel_triage where report_id = ?1")
                .setParameter(1, id).getSingleResult())).isEqualTo(0L);

        assertThat(grade(id, "Cars stop at the garages on Wharf Street most evenings for about a minute.").statusCode()).isEqualTo(303);
        assertThat(page(triage(id))).contains("2C C", "Not to be shared with the landlord", "Under review");
    }

    @Test
    void theReceivingServicesNeverSeeTheReporter() {
        ReportReceipt receipt = report("I live opposite. Cars stop at the garages on Wharf Street every evening and a lad hands something through the window.");
        UUID id = receipt.reportId();
        String summary = "Vehicles stop briefly at the Wharf Street garages most evenings; a young man hands items through car windows.";
        assertThat(grade(id, summary).statusCode()).isEqualTo(303);
        assertThat(reports.statusByReceipt(receipt.code()).orElseThrow().toString()).contains("an officer is checking what you told us");

        for (String service : List.of("Neighbourhood Policing Thornbury North", "Housing Estate Team", "Family Support Thornbury")) {
            assertThat(route(id, service).statusCode()).as(service).isEqualTo(303);
        }
        String officerPage = page(triage(id));
        assertThat(officerPage).contains("Neighbourhood Policing Thornbury North", "Housing Estate Team", "Family Support Thornbury", "Passed on");

        Map<String, String> receivers = Map.of("member", Roles.PANEL_MEMBER, "estate", Roles.ESTATE_OFFICER, "frontline", Roles.FRONTLINE);
        List<String> read = new ArrayList<>();
        receivers.forEach((user, role) -> as(user, role, () -> {
            String list = page("/intelligence/passed-on");
            assertThat(list).as(user).contains("Drug dealing", "Wharf Street, Riverside");
            String item = passedTo(id, user);
            read.add(list);
            String shown = page("/intelligence/passed-on/" + item);
            assertThat(shown).as(user).contains(summary, "2C C", "Not to be shared with the landlord").doesNotContain("5 Wharf Street");
            read.add(shown);
            read.add(given().get("/api/v1/intelligence/passed-on").then().statusCode(200).extract().asString());
            read.add(given().get("/api/v1/intelligence/passed-on/" + item).then().statusCode(200).extract().asString());
            // Nor the report, nor its triage.
            assertThat(given().redirects().follow(false).get("/intelligence/reports/" + id).statusCode()).as(user).isIn(403, 404);
            assertThat(given().redirects().follow(false).get(triage(id)).statusCode()).as(user).isEqualTo(403);
            return null;
        }));
        as("manager", Roles.MANAGER, () -> {
            read.add(page("/intelligence/passed-on"));
            read.add(given().get("/api/v1/intelligence/passed-on").then().statusCode(200).extract().asString());
            String any = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select cast(id as text) from intel_dissemination where report_id = ?1 limit 1").setParameter(1, id).getSingleResult()).toString();
            assertThat(given().get("/intelligence/passed-on/" + any).statusCode()).isEqualTo(404);
            assertThat(given().get("/api/v1/intelligence/passed-on/" + any).statusCode()).isEqualTo(404);
            return null;
        });
        for (String text : read) {
            for (String part : IDENTITY) {
                assertThat(text.toLowerCase()).as("the receiving side shows " + part).doesNotContain(part.toLowerCase());
            }
        }
        // What was sent was kept as sent, and the sending audited.
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from audit_entry where record_id = ?1 and action = 'SHARE'").setParameter(1, id.toString()).getSingleResult()))
                .isEqualTo(3L);
    }

    /** A page number typed far past the end (its first row beyond any int) is a page with nothing on it, not an error. */
    @Test
    void aPageFarPastTheEndIsEmpty() {
        given().get("/api/v1/intelligence/reports?page=" + Integer.MAX_VALUE).then().statusCode(200)
                .body("rows.size()", org.hamcrest.Matchers.is(0));
        as("estate", Roles.ESTATE_OFFICER, () -> {
            given().get("/api/v1/intelligence/passed-on?page=" + Integer.MAX_VALUE).then().statusCode(200)
                    .body("reports.size()", org.hamcrest.Matchers.is(0));
            return null;
        });
    }

    @Test
    void theReceivingServiceAcknowledgesOnce() {
        UUID id = report("Someone dumping bags behind the Wharf Street flats at night.").reportId();
        grade(id, "Bags dumped behind the Wharf Street flats at night.");
        route(id, "Housing Estate Team");
        as("estate", Roles.ESTATE_OFFICER, () -> {
            String item = passedTo(id, "estate");
            assertThat(page("/intelligence/passed-on")).contains("/intelligence/passed-on/" + item);
            Response ok = RenderedForm.open("/intelligence/passed-on/" + item).submit();
            assertThat(ok.statusCode()).isEqualTo(303);
            assertThat(page("/intelligence/passed-on/" + item)).contains("By estate on");
            given().contentType(ContentType.JSON).body("{\"version\": 99}").post("/api/v1/intelligence/passed-on/" + item + "/acknowledgement")
                    .then().statusCode(409);
            return null;
        });
    }

    @Test
    void aServiceThatDoesNotCoverThePlaceIsRefused() {
        UUID id = report("Shouting outside the Wharf Street garages.").reportId();
        grade(id, "Shouting outside the Wharf Street garages late at night.");
        String streetScene = serviceId("Street Scene Thornbury");
        String holder = serviceId("Community Safety Team");
        // A service that covers the place for Estate Services is offered; the intelligence team holding the report is not.
        String offered = page(triage(id));
        assertThat(offered).contains(streetScene).doesNotContain(holder);
        // Posted anyway, it is refused on the field, as is a service that does not exist.
        for (String forged : List.of(holder, UUID.randomUUID().toString())) {
            Response refused = Forms.from(triage(id)).formParam("serviceId", forged)
                    .formParam("version", RenderedForm.open(triage(id), "/intelligence/reports/" + id + "/route").value("version"))
                    .post("/intelligence/reports/" + id + "/route");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.asString()).contains("govuk-error-summary", "boundary does not hold");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from intel_dissemination where report_id = ?1")
                .setParameter(1, id).getSingleResult())).isEqualTo(0L);
    }

    @Test
    void anEstateIssueRaisedFromAReportCarriesOnlyTheSanitisedSummary() {
        UUID id = report("Ottoline here: the lift lobby light at Wharf Street has been out for a week and people hang about in the dark.")
                .reportId();
        String summary = "The lift lobby light at Wharf Street has been out for about a week; people gather there after dark.";
        grade(id, summary);
        Response raised = RenderedForm.open(triage(id), "/intelligence/reports/" + id + "/estate-issue").set("category", "STREET_LIGHTING").submit();
        assertThat(raised.statusCode()).isEqualTo(303);
        Object[] issue = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select i.reference, i.description, coalesce(i.reporter_name, '') || coalesce(i.reporter_email, '') || coalesce(i.reporter_phone, ''), "
                        + "cast(i.id as text) from estate_issue i join intel_estate_link l on l.estate_issue_id = i.id where l.report_id = ?1")
                .setParameter(1, id).getSingleResult());
        assertThat(issue[1]).isEqualTo(summary);
        assertThat(issue[2]).isEqualTo("");
        assertThat(page(triage(id))).contains(issue[0] + ": raised from this report");

        // A second report is linked to the same issue; linking it twice is refused on the field.
        UUID second = report("The Wharf Street lobby is still dark.").reportId();
        String link = "/intelligence/reports/" + second + "/estate-link";
        assertThat(RenderedForm.open(triage(second), link).set("issueId", issue[3].toString()).submit().statusCode()).isEqualTo(303);
        Response twice = RenderedForm.open(triage(second), link).set("issueId", issue[3].toString()).submit();
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.asString()).contains("already linked to " + issue[0]);
    }

    @Test
    void revealingTheReporterNeedsAReasonAndIsRecorded() {
        UUID id = report("A van parked on the grass by Wharf Street for three days.").reportId();
        String reveal = "/intelligence/reports/" + id + "/reveal";
        Response noReason = RenderedForm.open(reveal).submit();
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.asString()).contains("govuk-error-summary").doesNotContain("Vexworthy");

        Response shown = RenderedForm.open(reveal).set("reason", "Police asked for a witness statement").submit();
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.asString()).contains(NAME, EMAIL, PHONE);
        // The triage page lists the reveal, never the identity.
        assertThat(page(triage(id))).contains("Police asked for a witness statement").doesNotContain("Vexworthy");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from intel_reveal where report_id = ?1 and revealed_by = 'intel'").setParameter(1, id).getSingleResult()))
                .isEqualTo(1L);
    }

    @Test
    void onlyIntelligenceOfficersMayReveal() {
        UUID id = report("Intimidation by a group at the Wharf Street bus stop.").reportId();
        for (Map.Entry<String, String> who : Map.of("manager", Roles.MANAGER, "member", Roles.PANEL_MEMBER, "admin", Roles.ADMIN).entrySet()) {
            as(who.getKey(), who.getValue(), () -> {
                assertThat(given().redirects().follow(false).get("/intelligence/reports/" + id + "/reveal").statusCode()).isEqualTo(403);
                return null;
            });
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from intel_reveal where report_id = ?1")
                .setParameter(1, id).getSingleResult())).isEqualTo(0L);
    }

    @Test
    void anOfficerWhoseGroundDoesNotHoldTheReportIsToldItDoesNotExist() {
        // 1 Park Avenue is in Southbank ward, outside Neighbourhood Policing Thornbury North; its constable made an intelligence officer.
        UUID address = places.addressByUprn(100090000201L).orElseThrow().id();
        UUID id = reports.submitPublic(new NewReport(ReportCategory.INTIMIDATION, "Threats shouted at the Park Avenue bus stop.",
                today.date().minusDays(1), null, ReportLocation.address(address, null), Victim.YES, new ReporterDetails(NAME, EMAIL, PHONE)))
                .reportId();
        as("member", Roles.INTELLIGENCE_OFFICER, () -> {
            assertThat(given().redirects().follow(false).get(triage(id)).statusCode()).isEqualTo(404);
            assertThat(given().redirects().follow(false).get("/intelligence/reports/" + id + "/reveal").statusCode()).isEqualTo(404);
            return null;
        });
        assertThat(page(triage(id))).contains("Park Avenue");
    }

    @Test
    void aReportPassedToEarlyHelpBecomesARequestForSupportCarryingOnlyTheSummary() {
        UUID id = report("A boy of about ten is out alone near the Wharf Street garages after midnight most nights.").reportId();
        String summary = "A child of primary school age is often out alone near the Wharf Street garages after midnight.";
        assertThat(grade(id, summary).statusCode()).isEqualTo(303);
        assertThat(route(id, "Family Support Thornbury").statusCode()).isEqualTo(303);
        var family = cases.family(WHARF_STREET);
        List<String> seen = new ArrayList<>();
        as("frontline", Roles.FRONTLINE, () -> {
            String item = passedTo(id, "frontline");
            String shown = page("/intelligence/passed-on/" + item);
            assertThat(shown).contains("Make a request for support from this report");
            String found = page("/intelligence/passed-on/" + item + "/request-for-support?name=Sam+" + family.name());
            seen.addAll(List.of(shown, found));
            String start = "/cases/new?familyId=" + family.id() + "&origin=passed-on:" + item;
            assertThat(found).contains(start.replace("&", "&amp;"));
            String screen = page(start);
            seen.add(screen);
            assertThat(screen).contains("confidential drug dealing report passed on");
            Response screened = RenderedForm.open(start).set("atRisk", "no").submit();
            assertThat(screened.statusCode()).isEqualTo(303);
            // REST Assured encodes the query again: read the redirect as a browser would follow it.
            String referralPage = java.net.URLDecoder.decode(screened.header("Location").replaceFirst("^https?://[^/]+", ""),
                    java.nio.charset.StandardCharsets.UTF_8);
            seen.add(page(referralPage));
            RenderedForm referral = RenderedForm.open(referralPage);
            assertThat(referral.value("reason")).isEqualTo(summary);
            assertThat(referral.value("origin")).isEqualTo("passed-on:" + item);
            Response saved = referral.tick("childIds", family.childId().toString()).set("referrerPhone", "01632 960 419")
                    .setAll("needDescription", "Out alone late at night", "", "").setAll("needHeadline", "SAFE_FROM_ABUSE", "", "").submit();
            assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
            String casePath = saved.header("Location").replaceFirst("^https?://[^/]+", "");
            UUID caseId = UUID.fromString(casePath.substring(casePath.lastIndexOf('/') + 1));
            String reference = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select reference from caf_case where id = ?1 and reason = ?2").setParameter(1, caseId).setParameter(2, summary)
                    .getSingleResult()).toString();
            String casePage = page(casePath);
            seen.add(casePage);
            assertThat(casePage).contains("Made from a confidential drug dealing report passed on to the service");
            String after = page("/intelligence/passed-on/" + item);
            seen.add(after);
            assertThat(after).contains("Request for support made:", reference).doesNotContain("Make a request for support from this report");
            // Once only: the same report does not start a second request.
            assertThat(given().redirects().follow(false).get(start).statusCode()).isEqualTo(409);
            return null;
        });
        for (String text : seen) {
            for (String part : IDENTITY) {
                assertThat(text.toLowerCase()).as("the request for support shows " + part).doesNotContain(part.toLowerCase());
            }
        }
    }

    @Test
    void aWorkerOfAnotherServiceFindsNoSuchOrigin() {
        UUID id = report("Someone keeps trying the doors of the cars parked behind Wharf Street at night.").reportId();
        assertThat(grade(id, "Car doors tried at night behind Wharf Street.").statusCode()).isEqualTo(303);
        assertThat(route(id, "Family Support Thornbury").statusCode()).isEqualTo(303);
        String item = as("frontline", Roles.FRONTLINE, () -> passedTo(id, "frontline"));
        var family = cases.family(WHARF_STREET);
        as("member", Roles.PANEL_MEMBER, () -> {
            assertThat(given().redirects().follow(false).get("/intelligence/passed-on/" + item + "/request-for-support").statusCode())
                    .isEqualTo(404);
            assertThat(given().redirects().follow(false).get("/cases/new?familyId=" + family.id() + "&origin=passed-on:" + item)
                    .statusCode()).isEqualTo(404);
            return null;
        });
        // The school nurse's early help service covers Wharf Street too, so only the origin's own rule refuses her.
        as("frontline2", Roles.FRONTLINE, () -> {
            assertThat(given().redirects().follow(false).get("/cases/new?familyId=" + family.id()).statusCode()).isEqualTo(200);
            assertThat(given().redirects().follow(false).get("/intelligence/passed-on/" + item + "/request-for-support").statusCode())
                    .isEqualTo(404);
            assertThat(given().redirects().follow(false).get("/cases/new?familyId=" + family.id() + "&origin=passed-on:" + item)
                    .statusCode()).isEqualTo(404);
            return null;
        });
        as("frontline", Roles.FRONTLINE, () -> {
            assertThat(given().redirects().follow(false).get("/cases/new?familyId=" + family.id() + "&origin=passed-on:"
                    + UUID.randomUUID()).statusCode()).isEqualTo(404);
            assertThat(given().redirects().follow(false).get("/cases/new?familyId=" + family.id() + "&origin=nowhere:1")
                    .statusCode()).isEqualTo(404);
            return null;
        });
    }

    /** The passed-on report of this report at the service the user belongs to. */
    private String passedTo(UUID reportId, String user) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select cast(d.id as text) from intel_dissemination d "
                + "join staff_membership m on m.service_id = d.service_id join staff_member s on s.id = m.staff_id "
                + "where d.report_id = ?1 and s.username = ?2").setParameter(1, reportId).setParameter(2, user).getSingleResult()).toString();
    }

    private String serviceId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select cast(id as text) from service where name = ?1")
                .setParameter(1, name).getSingleResult()).toString();
    }

    private <T> T as(String user, String role, Supplier<T> work) {
        var before = identity.getTestIdentity();
        identity.setTestIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user)).addRole(role).build());
        try {
            return work.get();
        } finally {
            identity.setTestIdentity(before);
        }
    }
}
