package org.placeworks.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.PlaceImports;
import org.placeworks.geography.Places;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Invitation;
import org.placeworks.organisation.InviteCommand;
import org.placeworks.organisation.RealmAdmin;
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.StrandDeliveryView;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.DomainException;

/**
 * Changes that decide who sees which families are audited like personal data: each kind writes one entry in the change's
 * transaction, naming the record, the actor and what it was before and after; a change that fails writes none. Each is
 * found by the data protection officer's search by its kind.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AdminChangesAuditTest {

    private static final RealmAdmin KEYCLOAK = new RealmAdmin();

    @Inject
    Services services;

    @Inject
    Places places;

    @Inject
    PlaceImports imports;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    Thornbury thornbury;

    @Inject
    EntityManager em;

    @AfterAll
    static void removeInvitedAccounts() {
        KEYCLOAK.deleteCreated();
    }

    @Test
    void anAgencyAddedIsAuditedAndARefusedOneIsNot() {
        String name = Thornbury.unique("Audit Test Agency");
        AgencyView agency = services.createAgency(name, AgencyKind.VOLUNTARY);
        assertThat(entries("agency", agency.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.summary()).contains(name);
        });

        long before = count("agency");
        assertThatThrownBy(() -> services.createAgency(name, AgencyKind.VOLUNTARY)).isInstanceOf(DomainException.class);
        assertThat(count("agency")).isEqualTo(before);
    }

    @Test
    void aServiceBoundaryChangeIsAuditedBeforeAndAfterAndAStaleOneIsNot() {
        UUID council = thornbury.agency("Eastmoor District Council");
        UUID marketPlace = thornbury.area("Market Place").id();
        UUID riverside = thornbury.area("Riverside").id();
        String name = Thornbury.unique("Audit Test Service");
        ServiceView created = services.createService(new ServiceCommand(name, council, "For the audit test", Set.of(marketPlace),
                Set.of(), null));
        ServiceView changed = services.updateService(created.id(), new ServiceCommand(name, council, "For the audit test",
                Set.of(marketPlace, riverside), Set.of(), created.version()));
        List<AuditEntryView> trail = entries("service", created.id());
        assertThat(trail).hasSize(2);
        assertThat(trail.get(1).action()).isEqualTo(AuditAction.CREATE);
        assertThat(trail.get(0).action()).isEqualTo(AuditAction.UPDATE);
        assertThat(trail.get(0).actor()).isEqualTo("admin");
        assertThat(trail.get(0).summary()).contains("boundary Market Place; strands none -> ")
                .contains("boundary Market Place, Riverside; strands none");

        long before = count("service");
        assertThatThrownBy(() -> services.updateService(created.id(), new ServiceCommand(name, council, "Stale", Set.of(marketPlace),
                Set.of(), created.version()))).isInstanceOf(DomainException.class);
        assertThat(count("service")).isEqualTo(before);
        assertThat(changed.boundary()).hasSize(2);
    }

    @Test
    void strandDeliveryStartedAndStoppedIsAuditedAndARefusedOneIsNot() {
        UUID marketPlace = thornbury.area("Market Place").id();
        StrandDeliveryView delivery = services.deliver(Strand.EARLY_INTERVENTION, marketPlace);
        services.stopDelivering(delivery.id());
        List<AuditEntryView> trail = entries("strand-delivery", delivery.id());
        assertThat(trail).extracting(AuditEntryView::action).containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        assertThat(trail.get(1).summary()).contains("not run -> runs in Market Place");
        assertThat(trail.get(0).summary()).contains("runs in Market Place -> not run");

        long before = count("strand-delivery");
        assertThatThrownBy(() -> services.deliver(null, marketPlace)).isInstanceOf(DomainException.class);
        assertThat(count("strand-delivery")).isEqualTo(before);
    }

    @Test
    void anAddressAddedEditedAndImportedIsAuditedAndARefusedImportIsNot() {
        UUID neighbourhood = thornbury.area("Market Place").id();
        long uprn = uprn();
        AddressView added = places.createAddress(new AddressCommand(String.valueOf(uprn), "1 Audit Row", null, "Thornbury", "TB1 1AA",
                neighbourhood, null, null));
        places.updateAddress(added.id(), new AddressCommand(String.valueOf(uprn), "2 Audit Row", null, "Thornbury", "TB1 1AA",
                neighbourhood, null, added.version()));
        List<AuditEntryView> trail = entries("address", added.id());
        assertThat(trail).extracting(AuditEntryView::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(trail.get(0).summary()).contains("1 Audit Row").contains(" -> ").contains("2 Audit Row");

        long imported = uprn();
        imports.importAddresses("uprn,line1,town,postcode,neighbourhood_code\n" + imported + ",3 Audit Row,Thornbury,TB1 1AA,"
                + places.findArea(neighbourhood).orElseThrow().code() + "\n");
        assertThat(entries("address", "import")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.summary()).contains("Imported 1 address").contains(String.valueOf(imported));
        });

        long before = count("address");
        assertThatThrownBy(() -> imports.importAddresses("uprn,line1,town,postcode,neighbourhood_code\n" + uprn()
                + ",4 Audit Row,Thornbury,TB1 1AA,NO-SUCH-CODE\n")).isInstanceOf(RuntimeException.class);
        assertThat(count("address")).isEqualTo(before);
    }

    @Test
    void staffAccessChangesAreAuditedBeforeAndAfterAndARefusedOneIsNot() {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        UUID familySupport = thornbury.service("Family Support Thornbury").id();
        UUID schoolNursing = thornbury.service("School Nursing Southbank").id();
        Invitation invited = staff.invite(new InviteCommand(username, "Audra", "Tester", username + "@test.eastmoor.example",
                "Test worker", null, Set.of("frontline"), Set.of(familySupport)));
        KEYCLOAK.remember(invited.staff().keycloakId());
        UUID id = invited.staff().id();
        var changed = staff.changeAccess(id, Set.of("frontline", "lead-professional"), Set.of(schoolNursing), invited.staff().version());

        long before = count("staff");
        assertThatThrownBy(() -> staff.changeAccess(id, Set.of(), Set.of(schoolNursing), changed.version()))
                .isInstanceOf(DomainException.class);
        assertThat(count("staff")).isEqualTo(before);

        staff.disable(id, changed.version());
        List<AuditEntryView> trail = entries("staff", id);
        assertThat(trail).extracting(AuditEntryView::action).containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(trail.get(1).summary()).contains("roles frontline -> frontline, lead-professional")
                .contains("services Family Support Thornbury -> School Nursing Southbank");
        assertThat(trail.get(0).summary()).contains("Disabled " + username).contains("School Nursing Southbank -> disabled");
        assertThat(trail).allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    @Test
    @TestSecurity(user = "dpo", roles = "dpo")
    void theDataProtectionOfficerSearchesEachKind() {
        for (String kind : List.of("service", "strand-delivery", "address", "agency", "staff")) {
            given().get("/admin/audit?kind=" + kind).then().statusCode(200);
            given().get("/admin/audit.csv?kind=" + kind).then().statusCode(200);
        }
        // The demo town's addresses were added when it was built, each on the trail.
        given().get("/admin/audit?kind=address").then().statusCode(200).body(containsString("Added the address"));
    }

    private List<AuditEntryView> entries(String kind, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> audit.history(kind, id, 10));
    }

    private long count(String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry where record_kind = ?1").setParameter(1, kind).getSingleResult()).longValue());
    }

    /** A UPRN no other test has: the demo's are 1000900xxxxx. */
    private static long uprn() {
        return 200000000000L + ThreadLocalRandom.current().nextLong(1, 99_999_999_999L);
    }
}
