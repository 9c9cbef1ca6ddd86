package org.placeworks.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.Thornbury;

/**
 * Every signed-in request reads the person's staff record by user name, with the services that decide what they see:
 * one statement, whether they belong to several services or to none.
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
    }
}
