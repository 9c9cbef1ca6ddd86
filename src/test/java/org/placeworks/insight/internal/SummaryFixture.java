package org.placeworks.insight.internal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records written straight into the other features' tables, in two neighbourhoods of their own with dates in
 * 2024, so that the summary's figures for them can be worked out by hand and nothing else lands there.
 * (The features' services would refuse back-dated records made today; the summary only reads rows.)
 */
final class SummaryFixture {

    final UUID north = UUID.randomUUID();
    final UUID south = UUID.randomUUID();
    final UUID estate = UUID.randomUUID();
    final UUID service;
    final UUID worker;
    /** Moved from north to south on 15 March 2024. */
    final UUID movingFamily = UUID.randomUUID();
    /** In north all along. */
    final UUID stayingFamily = UUID.randomUUID();
    final UUID closedCase = UUID.randomUUID();
    final UUID openCase = UUID.randomUUID();
    final UUID declinedReReferral = UUID.randomUUID();

    private final EntityManager em;
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    SummaryFixture(EntityManager em) {
        this.em = em;
        this.service = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select service_id from service_strand where strand = 'EARLY_INTERVENTION' order by service_id limit 1")
                .getSingleResult());
        this.worker = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from staff_member where username = 'frontline'").getSingleResult());
    }

    SummaryFixture write() {
        QuarkusTransaction.requiringNew().run(() -> {
            area(north, "NEIGHBOURHOOD", "North " + tag);
            area(south, "NEIGHBOURHOOD", "South " + tag);
            area(estate, "ESTATE", "Estate " + tag);
            family(movingFamily, south);
            residence(movingFamily, north, "2024-01-01", "2024-03-14");
            residence(movingFamily, south, "2024-03-15", null);
            family(stayingFamily, north);
            residence(stayingFamily, north, "2024-01-01", null);

            // Referred 10 February (in north), two children, moved to south, closed 20 April with both needs met.
            caseRow(closedCase, movingFamily, "2024-02-10", "CLOSED", worker, null);
            sql("update caf_case set closed_on = date '2024-04-20', closure_reason = 'NEEDS_MET' where id = ?1", closedCase);
            child(closedCase, movingFamily);
            child(closedCase, movingFamily);
            need(closedCase, 0, "MET");
            need(closedCase, 1, "MET");
            // Referred 20 February (north), one child, assessment due 10 March, done 5 April, still open: a review
            // overdue now and a closure awaiting sign-off now.
            caseRow(openCase, stayingFamily, "2024-02-20", "ACTIVE_PLAN", null, null);
            sql("update caf_case set assessment_due_on = date '2024-03-10', assessment_completed_on = date '2024-04-05',"
                    + " next_review_due_on = date '2024-06-01' where id = ?1", openCase);
            child(openCase, stayingFamily);
            sql("insert into caf_sign_off (id, case_id, kind, state, requested_at, requested_by)"
                    + " values (gen_random_uuid(), ?1, 'CLOSURE', 'AWAITING', now(), 'test')", openCase);
            // A re-referral on 5 March (north), declined the next day: a referral, never an open case nor a closure.
            caseRow(declinedReReferral, stayingFamily, "2024-03-05", "CLOSED", null, openCase);
            sql("update caf_case set closed_on = date '2024-03-06', closure_reason = 'REFERRAL_DECLINED',"
                    + " referral_decision = 'DECLINED' where id = ?1", declinedReReferral);

            // An estate issue in north reported 3 February, due 10 February, fixed 2 April.
            UUID issue = UUID.randomUUID();
            sql("insert into estate_issue (id, reference, category, status, description, public_place, neighbourhood_id,"
                    + " estate_id, channel, owning_service_id, reported_at, reported_by, updated_at, target_date, place_description)"
                    + " values (?1, ?2, 'LITTER', 'FIXED', 'Litter', 'Somewhere', ?3, ?4, 'STAFF', ?5,"
                    + " timestamptz '2024-02-03 10:00+00', 'test', now(), date '2024-02-10', 'By the shops')",
                    issue, "T-" + tag, north, estate, service);
            sql("insert into estate_issue_event (id, issue_id, at, by_user, kind, from_status, to_status)"
                    + " values (gen_random_uuid(), ?1, timestamptz '2024-04-02 09:00+00', 'test', 'STATUS', 'REPORTED', 'FIXED')",
                    issue);
            // An intelligence report about south received 10 March.
            sql("insert into intel_report (id, reference, category, what_happened, occurred_on, neighbourhood_id, outside_area,"
                    + " victim, channel, received_at, status, status_changed_at)"
                    + " values (gen_random_uuid(), ?1, 'OTHER', 'Something', date '2024-03-09', ?2, true, 'NO', 'ONLINE',"
                    + " timestamptz '2024-03-10 12:00+00', 'NEW', now())", "R-" + tag, south);
        });
        return this;
    }

    /** Removes every record written, and their figures, so that other tests see the demo place only. */
    void delete() {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("delete from insight_figure where neighbourhood_id in (?1, ?2)", north, south);
            sql("delete from insight_area_figure where neighbourhood_id in (?1, ?2)", north, south);
            sql("delete from intel_report where neighbourhood_id in (?1, ?2)", north, south);
            sql("delete from estate_issue_event where issue_id in (select id from estate_issue where neighbourhood_id = ?1)", north);
            sql("delete from estate_issue where neighbourhood_id = ?1", north);
            sql("delete from caf_sign_off where case_id = ?1", openCase);
            sql("delete from caf_need where case_id = ?1", closedCase);
            sql("delete from caf_case_child where case_id in (?1, ?2)", closedCase, openCase);
            sql("delete from caf_case where id = ?1", declinedReReferral);
            sql("delete from caf_case where id in (?1, ?2)", closedCase, openCase);
            sql("delete from person where family_id in (?1, ?2)", movingFamily, stayingFamily);
            sql("delete from family_residence where family_id in (?1, ?2)", movingFamily, stayingFamily);
            sql("delete from family where id in (?1, ?2)", movingFamily, stayingFamily);
            sql("delete from area where id in (?1, ?2, ?3)", north, south, estate);
        });
    }

    private void area(UUID id, String kind, String name) {
        sql("insert into area (id, kind, code, vintage, name, child_population) values (?1, ?2, ?3, 2024, ?4, 500)",
                id, kind, "T" + tag + kind.charAt(0) + name.charAt(0), name);
    }

    private void family(UUID id, UUID livesIn) {
        sql("insert into family (id, name, place_kind, place_description, place_area_id, created_at, created_by)"
                + " values (?1, 'Fixture', 'TEMPORARY', 'A hostel', ?2, now(), 'test')", id, livesIn);
    }

    private void residence(UUID family, UUID area, String from, String to) {
        sql("insert into family_residence (id, family_id, kind, description, area_id, from_date, recorded_at, recorded_by)"
                + " values (gen_random_uuid(), ?1, 'TEMPORARY', 'A hostel', ?2, ?3, now(), 'test')", family, area, LocalDate.parse(from));
        if (to != null) {
            sql("update family_residence set to_date = ?3 where family_id = ?1 and from_date = ?2", family, LocalDate.parse(from),
                    LocalDate.parse(to));
        }
    }

    private void caseRow(UUID id, UUID family, String referred, String status, UUID lead, UUID previous) {
        sql("insert into caf_case (id, reference, family_id, owning_service_id, status, referred_on, referrer_name, reason,"
                + " created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, 'A school', 'Worried', now(), 'test')",
                id, "EH-T" + tag + id.toString().substring(0, 4), family, service, status, LocalDate.parse(referred));
        if (lead != null) {
            sql("update caf_case set lead_professional_id = ?2 where id = ?1", id, lead);
        }
        if (previous != null) {
            sql("update caf_case set previous_case_id = ?2 where id = ?1", id, previous);
        }
    }

    private void child(UUID caseId, UUID family) {
        UUID person = UUID.randomUUID();
        sql("insert into person (id, family_id, given_name, family_name, date_of_birth, relationship, created_at)"
                + " values (?1, ?2, 'Child', 'Fixture', date '2015-01-01', 'CHILD', now())", person, family);
        sql("insert into caf_case_child (case_id, person_id) values (?1, ?2)", caseId, person);
    }

    private void need(UUID caseId, int position, String outcome) {
        sql("insert into caf_need (id, case_id, position, description, headline, outcome)"
                + " values (gen_random_uuid(), ?1, ?2, 'A need', 'HEALTH', ?3)", caseId, position, outcome);
    }

    private void sql(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
