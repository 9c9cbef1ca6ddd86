package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.CaseTransfers;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.caf.TransferCommand;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.MoveCommand;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.Today;

/**
 * Families whose lives do not stay put: the Adeyemi family moved from Northgate to Southbank, and
 * Family Support Thornbury offered their case to School Nursing Southbank, where it awaits frontline2's
 * answer; the Kowalczyk family is in temporary accommodation without a UPRN, placed in Market Place.
 * Made through the same services staff use, as the demo workers. Loaded by {@link DemoLoader} after the cases.
 */
@ApplicationScoped
class DemoMoves {

    private static final Set<String> WORKER_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    /** Northgate, then Southbank: both in Family Support Thornbury's boundary; only the second in School Nursing Southbank's. */
    private static final long ADEYEMI_BEFORE = 100090000053L;
    private static final long ADEYEMI_NOW = 100090000236L;
    private static final long KOWALCZYK_BEFORE = 100090000066L;

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CaseTransfers transfers;

    @Inject
    Services services;

    @Inject
    Today today;

    void load() {
        actingAs.run("frontline", WORKER_ROLES, () -> {
            movedAndOffered();
            temporaryAccommodation();
        });
    }

    private void movedAndOffered() {
        LocalDate today = this.today.date();
        FamilyView family = family("Adeyemi family", ADEYEMI_BEFORE, "Grace", "Tunde", today.minusYears(10).minusDays(47));
        UUID caseId = referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()),
                "Mr Osei, Thornbury Academy", null, "mr.osei@partners.example", null,
                "Tunde has asthma attacks at school and misses PE; mum is worried about the damp in their old flat.",
                List.of(new NeedCommand("Managing asthma at school", HeadlineOutcome.HEALTH),
                        new NeedCommand("Damp housing", HeadlineOutcome.HOUSING)), null, today.minusDays(9)));
        work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Grace Adeyemi")), today.minusDays(8),
                "Assessment, sharing with the agencies named, and discussion at the multi-agency panel", true,
                Set.of(agency("Eastmoor District Council"), agency("Eastmoor Community Health NHS Trust")), Set.of(),
                version(caseId)));
        families.move(family.id(), new MoveCommand(PlaceKind.HOME, places.addressByUprn(ADEYEMI_NOW).orElseThrow().id(), null, null,
                today, fresh(family.id()).version()));
        transfers.offer(caseId, new TransferCommand(service("School Nursing Southbank"),
                "The family moved to Southbank and Tunde's needs are mainly health: the school nurse at Thornbury Academy already"
                        + " sees him for his asthma plan.", version(caseId)));
    }

    private void temporaryAccommodation() {
        LocalDate today = this.today.date();
        FamilyView family = family("Kowalczyk family", KOWALCZYK_BEFORE, "Kasia", "Filip", today.minusYears(4).minusDays(112));
        UUID marketPlace = places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream().filter(a -> a.name().equals("Market Place"))
                .findFirst().orElseThrow().id();
        families.move(family.id(), new MoveCommand(PlaceKind.TEMPORARY, null, "Room 6, Station Road hostel (council temporary"
                + " accommodation)", marketPlace, today, fresh(family.id()).version()));
    }

    private FamilyView family(String name, long uprn, String parent, String child, LocalDate childBorn) {
        String surname = name.replace(" family", "");
        FamilyView family = families.register(new NewFamily(name, places.addressByUprn(uprn).orElseThrow().id()));
        families.addPerson(family.id(), person(parent, surname, childBorn.minusYears(29).minusDays(83), Relationship.PARENT, Sex.FEMALE), true);
        families.addPerson(family.id(), person(child, surname, childBorn, Relationship.CHILD, Sex.MALE), true);
        return families.family(family.id());
    }

    private UUID agency(String name) {
        return services.agencies().stream().filter(a -> a.name().equals(name)).map(AgencyView::id).findFirst().orElseThrow();
    }

    private UUID service(String name) {
        return services.services().stream().filter(s -> s.name().equals(name)).map(ServiceView::id).findFirst().orElseThrow();
    }

    /** Read in a transaction of its own: outside one, the request's session would keep serving the first copy it read. */
    private FamilyView fresh(UUID familyId) {
        return QuarkusTransaction.requiringNew().call(() -> families.family(familyId));
    }

    private long version(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> work.revision(caseId)).version();
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship, Sex sex) {
        return new PersonCommand(given, family, null, dob, null, sex, Ethnicity.NOBT, "English", false, null, null, null, null,
                relationship, true, null);
    }
}
