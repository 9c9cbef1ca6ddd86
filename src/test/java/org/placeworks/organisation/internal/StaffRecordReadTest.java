package org.placeworks.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.Thornbury;

/**
 * Every signed-in request reads the person's staff record by user name, with the services that decide what they see
 * and the records shared with them in force (the wall's ground): one statement, whether they belong to several
 * services or to none, hold grants or none.
 */
@QuarkusTest
class StaffRecordReadTest {

    @Inject
    StaffDirectory directory;

    @Inject
    StaffMemberRepository staff;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AccessGrantRepository grants;

    @SuppressWarnings("unchecked")
    private List<UUID> twoServices() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id from service order by name limit 2")
                .getResultList());
    }

    private String registered(Set<UUID> services) {
        String username = Thornbury.unique("reader").replace(' ', '-').toLowerCase();
        directory.register(username, "Ada", "Reader", username + "@example.gov.uk", "Family worker", null, services);
        return username;
    }

    /** The record as a request's ground reads it, in a transaction of its own, and the statements it cost. */
    private record Read(Optional<StaffMember> member, long statements) {
    }

    private Read read(String username) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        Optional<StaffMember> member = QuarkusTransaction.requiringNew().call(() -> {
            Optional<StaffMember> found = staff.byUsername(username);
            found.ifPresent(m -> m.services().size());
            return found;
        });
        return new Read(member, sessionFactory.getStatistics().getPrepareStatementCount() - before);
    }

    @Test
    void aPersonInTwoServicesIsReadOnceWithBothInOneStatement() {
        List<UUID> services = twoServices();
        assertThat(services).hasSize(2);
        Read read = read(registered(Set.copyOf(services)));

        assertThat(read.member()).isPresent();
        assertThat(read.member().get().services()).containsExactlyInAnyOrderElementsOf(services);
        assertThat(read.statements()).isEqualTo(1);
    }

    @Test
    void aPersonInNoServiceIsStillFoundWithNone() {
        Read read = read(registered(Set.of()));

        assertThat(read.member()).isPresent();
        assertThat(read.member().get().services()).isEmpty();
        assertThat(read.statements()).isEqualTo(1);
    }

    @Test
    void anUnknownUserNameFindsNobody() {
        assertThat(read("nobody-" + UUID.randomUUID()).member()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> staff.signedIn("nobody-" + UUID.randomUUID(), Instant.now())))
                .isEmpty();
    }

    /** The signed-in read, in a transaction of its own, and the statements it cost. */
    private record SignedInRead(Optional<SignedInStaff> read, long statements) {
    }

    private SignedInRead signedIn(String username, Instant now) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        Optional<SignedInStaff> read = QuarkusTransaction.requiringNew().call(() -> {
            Optional<SignedInStaff> found = staff.signedIn(username, now);
            found.ifPresent(s -> s.member().services().size());
            return found;
        });
        return new SignedInRead(read, sessionFactory.getStatistics().getPrepareStatementCount() - before);
    }

    @Test
    void theSignedInPersonIsReadWithTheirServicesAndOnlyTheGrantsInForceInOneStatement() {
        List<UUID> services = twoServices();
        String username = registered(Set.copyOf(services));
        UUID me = QuarkusTransaction.requiringNew().call(() -> staff.byUsername(username).orElseThrow().id());
        Instant now = Instant.now();
        UUID shared = UUID.randomUUID();
        UUID sharedTwice = UUID.randomUUID();
        UUID glassOpen = UUID.randomUUID();
        UUID glassExpired = UUID.randomUUID();
        UUID revoked = UUID.randomUUID();
        UUID someoneElses = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            grants.persist(new AccessGrant("FAMILY", shared, me, "Team around the family", "manager", now.minusSeconds(60)));
            grants.persist(new AccessGrant("CASE", sharedTwice, me, "Panel action", "manager", now.minusSeconds(60)));
            grants.persist(AccessGrant.brokenGlass("CASE", sharedTwice, me, username, "Child at risk", now.minusSeconds(60),
                    now.plusSeconds(3600)));
            grants.persist(AccessGrant.brokenGlass("CASE", glassOpen, me, username, "Child at risk", now.minusSeconds(60),
                    now.plusSeconds(3600)));
            grants.persist(AccessGrant.brokenGlass("CASE", glassExpired, me, username, "Child at risk",
                    now.minusSeconds(7200), now.minusSeconds(3600)));
            AccessGrant ended = new AccessGrant("FAMILY", revoked, me, "Moved away", "manager", now.minusSeconds(120));
            ended.revoke(now.minusSeconds(30));
            grants.persist(ended);
            UUID other = staff.byUsername(registered(Set.of())).orElseThrow().id();
            grants.persist(new AccessGrant("FAMILY", someoneElses, other, "Another worker's family", "manager", now));
        });

        SignedInRead read = signedIn(username, now);

        assertThat(read.read()).isPresent();
        assertThat(read.read().get().member().services()).containsExactlyInAnyOrderElementsOf(services);
        assertThat(read.read().get().recordsInForce()).containsExactlyInAnyOrder(shared, sharedTwice, glassOpen);
        assertThat(read.statements()).isEqualTo(1);
        // The same grants read an hour and a half later: the break-glass grants have ended, the shares have not.
        assertThat(signedIn(username, now.plusSeconds(5400)).read().get().recordsInForce())
                .containsExactlyInAnyOrder(shared, sharedTwice);
    }

    @Test
    void someoneWithNoGrantsHasNoRecordsInForce() {
        SignedInRead read = signedIn(registered(Set.of()), Instant.now());

        assertThat(read.read()).isPresent();
        assertThat(read.read().get().member().services()).isEmpty();
        assertThat(read.read().get().recordsInForce()).isEmpty();
        assertThat(read.statements()).isEqualTo(1);
    }
}
