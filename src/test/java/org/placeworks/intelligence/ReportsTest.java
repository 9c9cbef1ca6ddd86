package org.placeworks.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/** The reporting channel's core: where reports land, who reads them, receipts, and what is refused. */
@QuarkusTest
class ReportsTest {

    @Inject
    Reports reports;

    @Inject
    ThornburyPlaces thornbury;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    private ReportReceipt inWestfield(String what) {
        return reports.submitPublic(thornbury.report(what, ReportLocation.area(thornbury.area("Westfield"), "The garages behind Orchard Way"),
                new ReporterDetails("Wilhelmina Quarrington", "w.quarrington@example.org", "07700 900 417", PreferredContact.EMAIL)));
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void aReportInAServicesBoundaryIsOwnedByItAndReadWithoutTheReporter() {
        ReportReceipt receipt = inWestfield("Youths kicking the Orchard Way garage doors most nights (RT-owned)");

        ReportView view = reports.find(receipt.reportId());

        assertThat(view.reference()).matches("CI-\\d{4}-\\d{5}").isEqualTo(receipt.reference());
        assertThat(view.owningServiceId()).isEqualTo(thornbury.service("Community Safety Team"));
        assertThat(view.place().outsideArea()).isFalse();
        assertThat(view.place().oneLine()).isEqualTo("Westfield: The garages behind Orchard Way");
        assertThat(view.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(view.channel()).isEqualTo(ReportChannel.ONLINE);
        assertThat(view.hasContactDetails()).isTrue();
        assertThat(view.toString()).doesNotContain("Quarrington").doesNotContain("07700").doesNotContain("w.quarrington");
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void aPlaceOutsideEveryBoundaryIsKeptForTriage() {
        ReportReceipt receipt = reports.submitPublic(thornbury.report("Dealing from a van in the layby past the county line (RT-outside)",
                ReportLocation.described("Layby on the A49 two miles past Thornbury"), null));

        ReportView view = reports.find(receipt.reportId());

        assertThat(view.place().outsideArea()).isTrue();
        assertThat(view.owningServiceId()).isNull();
        assertThat(view.hasContactDetails()).isFalse();
        assertThat(reports.list(new ReportFilter(ReportStatus.RECEIVED, ReportCategory.ANTI_SOCIAL_BEHAVIOUR), 1).rows())
                .extracting(ReportSummary::id).contains(receipt.reportId());
    }

    @Test
    @TestSecurity(user = ThornburyPlaces.NORTH_OFFICER, roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerReadsOnlyReportsTheirGroundHoldsAndThoseOutsideOurArea() {
        thornbury.northOfficer();
        ReportReceipt south = inWestfield("Shouting outside the Westfield shops (RT-north-officer)");
        ReportReceipt north = reports.submitPublic(thornbury.report("Motorbikes on the Mill Lane footpath (RT-north-officer)",
                ReportLocation.address(thornbury.address("TB1 4AD"), null), null));
        ReportReceipt estate = reports.submitPublic(thornbury.report("Stairwell lights smashed on the estate (RT-north-officer)",
                ReportLocation.area(thornbury.area("Millbrook Estate"), "Block C stairwell"), null));
        ReportReceipt outside = reports.submitPublic(thornbury.report("Outside our area (RT-north-officer)",
                ReportLocation.described("Somewhere in the next district"), null));

        assertThatThrownBy(() -> reports.find(south.reportId())).isInstanceOf(NotFound.class);
        assertThat(reports.find(north.reportId()).place().oneLine()).contains("Mill Lane");
        assertThat(reports.find(estate.reportId()).place().estateId()).isEqualTo(thornbury.area("Millbrook Estate"));
        assertThat(reports.find(outside.reportId()).place().outsideArea()).isTrue();

        List<UUID> listed = reports.list(ReportFilter.all(), 1).rows().stream().map(ReportSummary::id).toList();
        assertThat(listed).contains(north.reportId(), estate.reportId(), outside.reportId()).doesNotContain(south.reportId());
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerIsNotToldAReportExists() {
        ReportReceipt receipt = inWestfield("Noise from the Orchard Way garages (RT-manager)");

        assertThatThrownBy(() -> reports.find(receipt.reportId())).isInstanceOf(NotFound.class);
        assertThat(reports.list(ReportFilter.all(), 1).rows()).isEmpty();
        assertThat(reports.waiting()).isZero();
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void theReceiptCodeShowsTheStatusAndAddsInformation() {
        ReportReceipt receipt = inWestfield("Car revving at 2am on Orchard Way (RT-receipt)");

        ReceiptStatus status = reports.statusByReceipt(receipt.code()).orElseThrow();
        assertThat(status.reference()).isEqualTo(receipt.reference());
        assertThat(status.statusText()).isEqualTo(ReportStatus.RECEIVED.reporterText());
        // Read as people type it: lower case, spaces instead of hyphens.
        assertThat(reports.statusByReceipt(receipt.code().toLowerCase().replace('-', ' '))).isPresent();

        assertThat(reports.addInformationByReceipt(receipt.code(), "It was a silver hatchback (RT-receipt)")).isTrue();

        assertThat(reports.statusByReceipt(receipt.code()).orElseThrow().additions()).isEqualTo(1);
        assertThat(reports.find(receipt.reportId()).additions()).singleElement()
                .satisfies(a -> assertThat(a.byReporter()).isTrue())
                .satisfies(a -> assertThat(a.text()).isEqualTo("It was a silver hatchback (RT-receipt)"));
    }

    @Test
    void aWrongCodeAndAnUnknownCodeGetTheSameAnswer() {
        ReportReceipt receipt = inWestfield("Bins set alight (RT-wrong-code)");
        String code = receipt.code();
        String wrong = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");

        assertThat(reports.statusByReceipt(wrong)).isEmpty();
        assertThat(reports.statusByReceipt("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).isEmpty();
        assertThat(reports.statusByReceipt("not a code at all")).isEmpty();
        assertThat(reports.addInformationByReceipt(wrong, "Added with a wrong code (RT-wrong-code)")).isFalse();
        Long additions = (Long) em.createNativeQuery("select count(*) from intel_report_addition where note like '%RT-wrong-code%'")
                .getSingleResult();
        assertThat(additions).isZero();
    }

    @Test
    void theCodeIsStoredOnlyAsASlowHash() {
        ReportReceipt receipt = inWestfield("Graffiti on the bus shelter (RT-hash)");
        String canonical = receipt.code().replace("-", "");

        String stored = (String) em.createNativeQuery("select code_hash from intel_receipt where report_id = ?1")
                .setParameter(1, receipt.reportId()).getSingleResult();

        assertThat(stored).doesNotContain(canonical).doesNotContain(receipt.code()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void anEmptyAFutureAndAnOversizedReportAreRefusedOnTheirFields() {
        UUID area = thornbury.area("Westfield");
        NewReport empty = new NewReport(null, " ", null, null, null, null, null);
        assertThatThrownBy(() -> reports.submitPublic(empty)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKeys("category", "whatHappened", "occurredOn", "where", "victim"));

        NewReport future = new NewReport(ReportCategory.OTHER, "Tomorrow there will be trouble (RT-future)", today.date().plusDays(1), null,
                ReportLocation.area(area, null), Victim.NO, null);
        assertThatThrownBy(() -> reports.submitPublic(future)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("occurredOn"));

        NewReport oversized = new NewReport(ReportCategory.OTHER, "x".repeat(Text.LONG + 1), today.date(), null,
                ReportLocation.area(area, null), Victim.NO, new ReporterDetails("n".repeat(Text.SHORT + 1), "not-an-email", "call me"));
        assertThatThrownBy(() -> reports.submitPublic(oversized)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("whatHappened", "reporterName", "reporterEmail", "reporterPhone"));

        Long kept = (Long) em.createNativeQuery("select count(*) from intel_report where what_happened like '%RT-future%'").getSingleResult();
        assertThat(kept).isZero();
    }

    @Test
    @TestSecurity(user = "frontline", roles = Roles.FRONTLINE)
    void staffTakeAReportByPhoneForAResident() {
        ReportReceipt receipt = reports.submitByStaff(thornbury.report("Resident rang about dealing at the park gates (RT-phone)",
                ReportLocation.area(thornbury.area("Southbank Park"), "Park gates on Lime Grove"),
                new ReporterDetails("Ptolemy Oyelaran-Fitch", null, "01632 960 733", PreferredContact.PHONE)), ReportChannel.PHONE);

        Object[] row = (Object[]) em.createNativeQuery("select channel, taken_by from intel_report where id = ?1")
                .setParameter(1, receipt.reportId()).getSingleResult();
        assertThat(row).containsExactly("PHONE", "frontline");
        assertThatThrownBy(() -> reports.find(receipt.reportId())).isInstanceOf(NotFound.class);
    }
}
