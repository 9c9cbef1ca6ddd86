package org.placeworks.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.Reading;

/**
 * Reference data is read once in a reading (a read-only transaction: the case page, the JSON read), however many
 * parts of the page ask; a transaction that changes things reads afresh, so it sees its own changes at once.
 */
@QuarkusTest
class ReferenceReadingTest {

    @Inject
    Services services;

    @Inject
    Reading reading;

    @Inject
    Session session;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aTransactionThatChangesThingsSeesTheAgencyItJustAdded() {
        String name = "Reading test agency " + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            int before = services.agencies().size();
            services.createAgency(name, AgencyKind.VOLUNTARY);
            assertThat(services.agencies()).hasSize(before + 1).anyMatch(a -> a.name().equals(name));
            assertThat(reading.inReading()).isFalse();
        });
    }

    @Test
    void aReadingAsksTheDatabaseForAgenciesAndServicesOnce() {
        QuarkusTransaction.requiringNew().run(() -> {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            assertThat(reading.inReading()).isTrue();
            UUID someService = services.services().get(0).id();
            services.agencies();
            services.findService(someService);
            long before = sessionFactory.getStatistics().getPrepareStatementCount();
            assertThat(services.agencies()).isNotEmpty();
            assertThat(services.findService(someService)).isPresent();
            assertThat(services.servicesByIds(java.util.Set.of(someService))).hasSize(1);
            assertThat(sessionFactory.getStatistics().getPrepareStatementCount() - before).isZero();
        });
    }
}
