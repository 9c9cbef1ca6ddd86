package org.placeworks.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AddressView;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.BankHolidays;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OutsideBoundary;
import org.placeworks.shared.Today;

/**
 * Reporting an issue: checked field by field, routed by category to the Estate Services service whose
 * boundary holds the place (or the first that does, saying why), refused outside the estates, and shown
 * to the public without the reporter or a house number.
 */
@QuarkusTest
class EstateIssuesTest {

    /** On the Millbrook Estate, in Riverside. */
    static final long ON_THE_ESTATE = Thornbury.RIVERSIDE_UPRN;
    /** In Riverside, but not on the estate. */
    static final long OFF_THE_ESTATE = 100090000181L;

    @Inject
    EstateIssues issues;

    @Inject
    Thornbury thornbury;

    @Inject
    Today today;

    @Inject
    BankHolidays calendar;

    @Test
    void anIssueGoesToTheCategorysResponsibleServiceWithATargetInWorkingDays() {
        UUID streetScene = thornbury.service("Street Scene Thornbury").id();
        withResponsible(EstateCategory.GRAFFITI, streetScene, 5, () -> {
            EstateIssueView view = issues.report(issue(EstateCategory.GRAFFITI, IssueLocation.atAddress(address(ON_THE_ESTATE).id()),
                    "Graffiti on the Quillfeather garages"));
            assertThat(view.owningServiceName()).isEqualTo("Street Scene Thornbury");
            assertThat(view.status()).isEqualTo(IssueStatus.REPORTED);
            assertThat(view.reference()).startsWith("EST-");
            assertThat(view.targetDate()).isEqualTo(workingDaysAfter(today.date(), 5));
            assertThat(view.estateName()).isEqualTo("Millbrook Estate");
            assertThat(view.overdue()).isFalse();
        });
    }

    @Test
    void withoutAResponsibleServiceCoveringThePlaceTheFirstOwnerTakesItAndTheHistorySaysWhy() {
        UUID familySupport = thornbury.service("Family Support Thornbury").id();
        UUID estateTeam = thornbury.service("Housing Estate Team").id();
        // Family Support delivers no Estate Services: an administrator cannot choose it, so write it past the form.
        withResponsible(EstateCategory.DOG_FOULING, estateTeam, 3, () -> {
            EstateIssueView view = issues.report(issue(EstateCategory.DOG_FOULING,
                    IssueLocation.described("By the Quillfeather bench", thornbury.area("Riverside").id(),
                            thornbury.area("Millbrook Estate").id()), "Dog fouling by the Quillfeather bench"));
            assertThat(view.owningServiceId()).isEqualTo(estateTeam);
            assertThat(view.addressId()).isNull();
            assertThat(view.placeDescription()).isEqualTo("By the Quillfeather bench");
        });
        assertThat(familySupport).isNotNull();
        withResponsible(EstateCategory.OVERGROWN_LAND, null, 15, () -> {
            EstateIssueView view = issues.report(issue(EstateCategory.OVERGROWN_LAND,
                    IssueLocation.atAddress(address(ON_THE_ESTATE).id()), "Quillfeather verge overgrown"));
            // Owners in name order: Housing Estate Team, then Street Scene Thornbury.
            assertThat(view.owningServiceName()).isEqualTo("Housing Estate Team");
        });
    }

    @Test
    void aPlaceOutsideEveryEstateIsRefusedAndNothingIsSaved() {
        int before = issues.publicIssues(new PublicIssueQuery(null, EstateCategory.LITTER, null, null, null, 1000)).size();
        assertThatThrownBy(() -> issues.report(issue(EstateCategory.LITTER, IssueLocation.atAddress(address(OFF_THE_ESTATE).id()),
                "Quillfeather litter off the estate")))
                .isInstanceOf(OutsideBoundary.class)
                .hasMessageContaining("is not inside an estate served by Estate Services");
        assertThatThrownBy(() -> issues.report(issue(EstateCategory.LITTER,
                IssueLocation.described("Quillfeather field", thornbury.area("Market Place").id(), null), "Quillfeather litter")))
                .isInstanceOf(OutsideBoundary.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("neighbourhoodId"));
        assertThat(issues.publicIssues(new PublicIssueQuery(null, EstateCategory.LITTER, null, null, null, 1000))).hasSize(before);
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        NewEstateIssue bad = new NewEstateIssue(null, IssueLocation.atAddress(address(ON_THE_ESTATE).id()), "t".repeat(201),
                "d".repeat(5001), new ReporterContact("Quill", "not-an-email", null), IssueChannel.STAFF, null);
        assertThatThrownBy(() -> issues.report(bad)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKeys("category", "title", "description", "reporterEmail"));
        NewEstateIssue empty = new NewEstateIssue(EstateCategory.LITTER, IssueLocation.atAddress(address(ON_THE_ESTATE).id()), null,
                "  ", null, IssueChannel.STAFF, null);
        assertThatThrownBy(() -> issues.report(empty)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsOnlyKeys("description"));
        NewEstateIssue nowhere = new NewEstateIssue(EstateCategory.LITTER, new IssueLocation(null, " ", null, null, 91.0, null),
                null, "Quillfeather", null, IssueChannel.STAFF, null);
        assertThatThrownBy(() -> issues.report(nowhere)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKeys("placeDescription", "neighbourhoodId", "latitude"));
    }

    @Test
    void thePublicSeesNeitherTheReporterNorTheHouseNumber() {
        AddressView home = address(ON_THE_ESTATE);
        Instant before = Instant.now().minusSeconds(1);
        EstateIssueView view = issues.report(new NewEstateIssue(EstateCategory.FLY_TIPPING, new IssueLocation(home.id(), null, null,
                null, 52.1, -1.2), "Mattress", "A mattress dumped by the Quillfeather bins",
                new ReporterContact("Quentin Quillfeather", "quentin.quillfeather@example.com", "01632 960 123"),
                IssueChannel.OPEN311, "fms-quill-1"));
        PublicIssue seen = issues.publicIssue(view.id()).orElseThrow();
        String street = home.line1().replaceFirst("^\\d+ ", "");
        assertThat(seen.placeDescription()).isEqualTo(street + ", " + home.postcode().split(" ")[0]);
        assertThat(seen.toString()).doesNotContain("Quentin").doesNotContain("quentin.quillfeather").doesNotContain("960 123")
                .doesNotContain(home.line1()).doesNotContain(home.postcode());
        assertThat(seen.latitude()).isEqualTo(52.1);
        assertThat(view.reportedBy()).isEqualTo("open311");

        List<PublicIssue> found = issues.publicIssues(new PublicIssueQuery(List.of(view.id()), null, null, null, true, 10));
        assertThat(found).extracting(PublicIssue::id).containsExactly(view.id());
        assertThat(issues.publicIssues(new PublicIssueQuery(List.of(view.id()), null, null, null, false, 10))).isEmpty();
        assertThat(issues.publicIssues(new PublicIssueQuery(null, EstateCategory.FLY_TIPPING, before, null, null, 100)))
                .extracting(PublicIssue::id).contains(view.id());
        // The report itself is not an update: nothing has changed since.
        assertThat(issues.publicUpdates(before, null, 1000)).extracting(PublicIssueUpdate::issueId).doesNotContain(view.id());
    }

    @Test
    void categoriesCarryTheirDefaults() {
        assertThat(issues.categories()).hasSize(EstateCategory.values().length);
        assertThat(issues.categories()).filteredOn(c -> c.category() == EstateCategory.FLY_TIPPING)
                .extracting(CategorySetting::targetWorkingDays).containsExactly(2);
        assertThat(EstateCategory.fromCode("fly-tipping")).contains(EstateCategory.FLY_TIPPING);
        assertThat(EstateCategory.fromCode("nonsense")).isEmpty();
        assertThatThrownBy(() -> issues.changeCategory(EstateCategory.LITTER, thornbury.service("Family Support Thornbury").id(), 3,
                issues.categoryVersion(EstateCategory.LITTER))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> issues.changeCategory(EstateCategory.LITTER, null, 61, issues.categoryVersion(EstateCategory.LITTER)))
                .isInstanceOf(InvalidInput.class);
    }

    private void withResponsible(EstateCategory category, UUID service, int days, Runnable test) {
        CategorySetting was = issues.categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow();
        issues.changeCategory(category, service, days, issues.categoryVersion(category));
        try {
            test.run();
        } finally {
            issues.changeCategory(category, was.responsibleServiceId(), was.targetWorkingDays(), issues.categoryVersion(category));
        }
    }

    private LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate d = from;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private AddressView address(long uprn) {
        return thornbury.address(uprn);
    }

    static NewEstateIssue issue(EstateCategory category, IssueLocation location, String description) {
        return new NewEstateIssue(category, location, null, description, null, IssueChannel.STAFF, null);
    }
}
