package org.placeworks.caf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Many cases at once for list tests, written straight into the tables (making 120 cases through the pages would take
 * minutes): a new service whose boundary is one neighbourhood, with a worker allocated to every case, a panel chair and
 * a manager of the service, cases of families in that neighbourhood and cases of families in another one. Nothing is
 * shared with other tests: the service, its staff and its families are new each time.
 */
@ApplicationScoped
public class ManyCases {

    @Inject
    EntityManager em;

    @Inject
    TestIdentityAssociation identity;

    /** The office made, and its cases: those in its ground and those of families living outside it. */
    public record Office(UUID serviceId, String worker, String chair, String manager, List<UUID> inGround, List<UUID> outside,
            List<String> references) {
    }

    /** Closes the case (its needs met), as its closure would. */
    public void close(UUID caseId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update caf_case set status = 'CLOSED', closed_on = current_date,"
                + " closure_reason = 'NEEDS_MET' where id = ?1").setParameter(1, caseId).executeUpdate());
    }

    /** Gives the family of the case another name (say, one a spreadsheet would run as a formula). */
    public void renameFamilyOf(UUID caseId, String name) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update family set name = ?1"
                + " where id = (select family_id from caf_case where id = ?2)").setParameter(1, name).setParameter(2, caseId)
                .executeUpdate());
    }

    public Office office(int inGround, int outside) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            @SuppressWarnings("unchecked")
            List<UUID> places = em.createNativeQuery("select neighbourhood_id from address group by neighbourhood_id"
                    + " order by count(*) desc, neighbourhood_id limit 2", UUID.class).getResultList();
            UUID here = places.get(0);
            UUID there = places.get(1);
            UUID agency = (UUID) em.createNativeQuery("select id from agency order by name limit 1", UUID.class).getSingleResult();
            UUID service = UUID.randomUUID();
            em.createNativeQuery("insert into service (id, name, agency_id) values (?1, ?2, ?3)")
                    .setParameter(1, service).setParameter(2, "List office " + tag).setParameter(3, agency).executeUpdate();
            em.createNativeQuery("insert into service_boundary_area (service_id, area_id) values (?1, ?2)")
                    .setParameter(1, service).setParameter(2, here).executeUpdate();
            String worker = "lw-" + tag;
            String chair = "lc-" + tag;
            String manager = "lm-" + tag;
            UUID workerId = staff(worker, service);
            staff(chair, service);
            staff(manager, service);
            List<UUID> mine = new ArrayList<>();
            List<UUID> away = new ArrayList<>();
            List<String> references = new ArrayList<>();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            for (int i = 0; i < inGround + outside; i++) {
                boolean inside = i < inGround;
                UUID family = family("Listpage" + tag + (char) ('a' + i % 26) + i + " family", inside ? here : there);
                UUID kase = UUID.randomUUID();
                String reference = "LT-" + tag + "-" + String.format("%04d", (i * 37) % 1000);
                references.add(reference);
                // Due dates spread either side of today, several cases on each day, so that the order's ties fall on references.
                em.createNativeQuery("insert into caf_case (id, reference, family_id, owning_service_id, status, referred_on,"
                        + " referrer_name, reason, assessment_due_on, allocated_worker_id, created_at, created_by)"
                        + " values (?1, ?2, ?3, ?4, 'ASSESSMENT', ?5, 'Pat Teacher', 'Attendance', ?6, ?7, now(), 'test')")
                        .setParameter(1, kase).setParameter(2, reference)
                        .setParameter(3, family).setParameter(4, service).setParameter(5, today.minusDays(60))
                        .setParameter(6, today.plusDays((i % 40) - 20)).setParameter(7, workerId).executeUpdate();
                (inside ? mine : away).add(kase);
            }
            return new Office(service, worker, chair, manager, mine, away, references);
        });
    }

    private UUID staff(String username, UUID service) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into staff_member (id, username, given_name, family_name, email) values (?1, ?2, 'List', ?3, ?4)")
                .setParameter(1, id).setParameter(2, username).setParameter(3, username).setParameter(4, username + "@example.org")
                .executeUpdate();
        em.createNativeQuery("insert into staff_membership (staff_id, service_id) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, service).executeUpdate();
        return id;
    }

    private UUID family(String name, UUID neighbourhood) {
        UUID address = (UUID) em.createNativeQuery("select id from address where neighbourhood_id = ?1 order by uprn limit 1", UUID.class)
                .setParameter(1, neighbourhood).getSingleResult();
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into family (id, name, address_id, created_at, created_by) values (?1, ?2, ?3, now(), 'test')")
                .setParameter(1, id).setParameter(2, name).setParameter(3, address).executeUpdate();
        em.createNativeQuery("insert into family_residence (id, family_id, kind, address_id, from_date, recorded_at, recorded_by)"
                + " values (?1, ?2, 'HOME', ?3, current_date, now(), 'test')")
                .setParameter(1, UUID.randomUUID()).setParameter(2, id).setParameter(3, address).executeUpdate();
        return id;
    }

    /** Runs the work as another member of staff with this role, then goes back to the test's own user. */
    public <T> T as(String user, String role, Supplier<T> work) {
        var before = identity.getTestIdentity();
        identity.setTestIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user)).addRole(role).build());
        try {
            return work.get();
        } finally {
            identity.setTestIdentity(before);
        }
    }
}
