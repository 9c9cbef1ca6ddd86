package org.placeworks.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
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
    Places places;

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

    /** A reading is never flushed: an agency added in one would be lost without a word, so the reading fails instead. */
    @Test
    void aReadingThatAddsAnAgencyFailsRatherThanLoseIt() {
        String name = "Reading test agency " + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            reading.begin();
            services.createAgency(name, AgencyKind.VOLUNTARY);
            reading.end();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("never saves");
        assertThat(services.agencies()).noneMatch(a -> a.name().equals(name));
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

    /** Each service's coverage, worked out from the area tree once for a copy of the reference data, not per request. */
    @Test
    void servicesCoveragesAreWorkedOutOnceForACopyOfTheReferenceData() {
        Map<UUID, Coverage> first = QuarkusTransaction.requiringNew().call(this::coveragesInAReading);
        Map<UUID, Coverage> second = QuarkusTransaction.requiringNew().call(this::coveragesInAReading);
        assertThat(second).isSameAs(first);

        Map<UUID, Coverage> afresh = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(reading.inReading()).isFalse();
            return services.coverages();
        });
        assertThat(afresh).isNotSameAs(first).isEqualTo(first);
        QuarkusTransaction.requiringNew().run(() -> services.services().forEach(service -> assertThat(first.get(service.id()))
                .isEqualTo(places.coveragesOf(Map.of(service.id(), service.boundary())).get(service.id()))));
    }

    private Map<UUID, Coverage> coveragesInAReading() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        assertThat(reading.inReading()).isTrue();
        return services.coverages();
    }
}
