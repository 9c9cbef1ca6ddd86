package org.placeworks.access;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.security.TestIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.access.NeedToKnow.CaseRecord;
import org.placeworks.access.NeedToKnow.FamilyRecord;
import org.placeworks.access.NeedToKnow.PanelRecord;
import org.placeworks.caf.ActionCommand;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ContactType;
import org.placeworks.caf.NoteCommand;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Today;

/**
 * The people the matrix needs beyond the demo sign-ins, set up once through the product's own
 * services as the demo town's staff would: a learning mentor and a youth worker joining the Begum
 * case's Team (the youth worker then leaving it), a lead professional from outside School Nursing on
 * the Patel case, a Family Support worker who has left, a manager of School Nursing only, and two outreach workers who
 * opened the Patel family by breaking glass (one of them yesterday, so their access has ended).
 */
@ApplicationScoped
public class MatrixPeople {

    record Records(Map<CaseRecord, UUID> cases, Map<FamilyRecord, UUID> families, Map<FamilyRecord, UUID> parents,
            UUID teamMembersAction, UUID teamMembersNote, UUID meeting, Map<PanelRecord, UUID> items, UUID fund, UUID grantRequest, String month,
            Map<String, UUID> documents, Map<CaseRecord, UUID> children, Map<String, String> engagement,
            Map<NeedToKnow.PassedOnRecord, UUID> passedOn, Map<String, String> caseReview) {
    }

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    CaseWork work;

    @Inject
    CaseNotes notes;

    @Inject
    EntityManager em;

    @Inject
    org.placeworks.organisation.AccessPolicy policy;

    @Inject
    Today today;

    private Records records;

    /** Whether the Patel case was put back to the school nurse since the matrix's lead was appointed. */
    private boolean putBack;

    public synchronized Records setUp() {
        if (records == null) {
            records = build();
        } else if (putBack) {
            UUID patel = records.cases().get(CaseRecord.PATEL);
            UUID lead = uuid("select id from staff_member where username = ?1", Persona.OUTSIDE_LEAD.username);
            as(Persona.SCHOOL_NURSE, () -> work.appointLeadProfessional(patel, lead, version(patel)));
        }
        putBack = false;
        return records;
    }

    private Records build() {
        Map<CaseRecord, UUID> cases = new EnumMap<>(CaseRecord.class);
        for (CaseRecord c : CaseRecord.values()) {
            cases.put(c, uuid("select c.id from caf_case c join family f on f.id = c.family_id where f.name = ?1 "
                    + "order by c.referred_on desc limit 1", c.familyName));
        }
        Map<FamilyRecord, UUID> families = new EnumMap<>(FamilyRecord.class);
        Map<FamilyRecord, UUID> parents = new EnumMap<>(FamilyRecord.class);
        for (FamilyRecord f : FamilyRecord.values()) {
            families.put(f, uuid("select id from family where name = ?1", f.familyName));
            parents.put(f, uuid("select p.id from person p join family f on f.id = p.family_id where f.name = ?1 "
                    + "order by p.date_of_birth limit 1", f.familyName));
        }
        UUID familySupport = uuid("select id from service where name = ?1", "Family Support Thornbury");
        UUID schoolNursing = uuid("select id from service where name = ?1", "School Nursing Southbank");
        UUID council = agency("Eastmoor District Council");

        // The demo families agreed to share with the council and the NHS trust: these people work for the council
        // outside any early help service (the youth service, a family learning project).
        UUID[] people = new UUID[6];
        as(Persona.ADMIN, () -> {
            people[0] = register(Persona.TEAM_MEMBER, "Tariq", "Aziz", "Learning mentor", council, Set.of());
            people[1] = register(Persona.FORMER_TEAM_MEMBER, "Yasmin", "Cole", "Youth worker", council, Set.of());
            people[2] = register(Persona.OUTSIDE_LEAD, "Lena", "Moss", "Family learning worker", council, Set.of());
            people[3] = register(Persona.LEAVER, "Lee", "Dunn", "Family support worker", council, Set.of(familySupport));
            register(Persona.OTHER_MANAGER, "Mina", "Shah", "School nursing team leader",
                    agency("Eastmoor Community Health NHS Trust"), Set.of(schoolNursing));
            people[4] = register(Persona.GLASS, "Gwen", "Hale", "Outreach worker", council, Set.of());
            people[5] = register(Persona.EXPIRED_GLASS, "Owen", "Reed", "Outreach worker", council, Set.of());
        });
        // Both opened the Patel family by breaking glass; the second one's window has since passed.
        UUID patelFamily = families.get(FamilyRecord.PATEL);
        as(Persona.GLASS, () -> QuarkusTransaction.requiringNew().run(() -> policy.breakGlass("family", patelFamily,
                "Hospital rang about the youngest child tonight: checking who the family's workers are")));
        as(Persona.EXPIRED_GLASS, () -> QuarkusTransaction.requiringNew().run(() -> policy.breakGlass("family", patelFamily,
                "Police asked for the family's workers last night: checking who to contact")));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update access_grant set granted_at = now() - interval '5 hours',"
                + " expires_at = now() - interval '1 hour' where staff_id = ?1").setParameter(1, people[5]).executeUpdate());
        UUID mentor = people[0];
        UUID youthWorker = people[1];
        UUID lead = people[2];
        UUID leaver = people[3];

        UUID begum = cases.get(CaseRecord.BEGUM);
        as(Persona.FRONTLINE, () -> {
            work.addTeamMember(begum, mentor, version(begum));
            work.addTeamMember(begum, youthWorker, version(begum));
            work.removeTeamMember(begum, youthWorker, version(begum));
            UUID need = uuid("select id from caf_need where case_id = ?1 order by position limit 1", begum);
            work.addAction(begum, new ActionCommand(need, "Mentoring sessions at school", mentor, today.date().plusDays(14),
                    version(begum)));
        });
        UUID action = uuid("select id from caf_action where case_id = ?1 and owner_staff_id = ?2", begum, mentor);
        // A contact the Team member recorded today: theirs alone to correct, for 24 hours.
        as(Persona.TEAM_MEMBER, () -> notes.add(begum, new NoteCommand(today.date(), java.time.LocalTime.MIDNIGHT,
                ContactType.SCHOOL, Set.of(), false, "Mentoring session at school", null, null, null)));
        UUID note = uuid("select id from caf_case_note where case_id = ?1 and author_staff_id = ?2", begum, mentor);

        UUID patel = cases.get(CaseRecord.PATEL);
        as(Persona.SCHOOL_NURSE, () -> work.appointLeadProfessional(patel, lead, version(patel)));

        leave(leaver);

        Map<PanelRecord, UUID> items = new EnumMap<>(PanelRecord.class);
        // This month's item: the Nolans were also heard, and decided, at last month's meeting.
        items.put(PanelRecord.NOLAN_ITEM, uuid("select id from panel_item where family_name = ?1 and decision is null",
                "Nolan family"));
        items.put(PanelRecord.QUINN_ITEM, uuid("select id from panel_item where family_name = ?1", "Quinn family"));
        UUID meeting = uuid("select meeting_id from panel_item where id = ?1", items.get(PanelRecord.NOLAN_ITEM));
        UUID fund = uuid("select id from grant_fund where name like ?1", "Thornbury%");
        UUID request = uuid("select r.id from grant_request r join grant_payment p on p.request_id = r.id "
                + "order by r.requested_at limit 1");
        // One document on each case and each family, written as the document feature stores one in the database.
        Map<String, UUID> documents = new java.util.LinkedHashMap<>();
        cases.forEach((record, caseId) -> documents.put("CASE_" + record.name(), document(caseId, null)));
        families.forEach((record, familyId) -> documents.put("FAMILY_" + record.name(), document(null, familyId)));
        // A child of each case, for the routes about one child of a case.
        Map<CaseRecord, UUID> children = new EnumMap<>(CaseRecord.class);
        cases.forEach((record, caseId) -> children.put(record, uuid("select person_id from caf_case_child where case_id = ?1 "
                + "order by person_id limit 1", caseId)));
        // Community engagement: the demo walkabout and its open (overdue) action.
        UUID walkabout = uuid("select id from estate_engagement_event where spot = 'Brook House, the garages and the play area'");
        Map<String, String> engagement = Map.of("id", walkabout.toString(), "actionId", uuid(
                "select id from estate_engagement_action where event_id = ?1 and done_on is null order by due_on limit 1",
                walkabout).toString());
        Map<NeedToKnow.PassedOnRecord, UUID> passedOn = new EnumMap<>(NeedToKnow.PassedOnRecord.class);
        for (NeedToKnow.PassedOnRecord p : NeedToKnow.PassedOnRecord.values()) {
            passedOn.put(p, uuid("select d.id from intel_dissemination d join service s on s.id = d.service_id where s.name = ?1 "
                    + "order by d.sent_at limit 1", p.serviceName));
        }
        // The demo's open ASB Case Review (recorded at start, before any test's), and the location it is about.
        UUID review = uuid("select id from intel_case_review where closed_on is null order by recorded_at limit 1");
        String subject = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select subject_key from intel_case_review where id = ?1").setParameter(1, review).getSingleResult());
        return new Records(cases, families, parents, action, note, meeting, items, fund, request,
                java.time.YearMonth.from(today.date()).toString(), documents, children, engagement, passedOn,
                Map.of("id", review.toString(), "subject", subject));
    }

    private UUID document(UUID caseId, UUID familyId) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into document (id, " + (caseId != null ? "case_id" : "family_id") + ", title, kind, "
                    + "file_name, content_type, size_bytes, sha256, stored_in, uploaded_by, uploaded_at) values (?1, ?2, "
                    + "'Matrix document', 'OTHER', 'matrix.pdf', 'application/pdf', 5, 'none', 'DATABASE', 'matrix', now())")
                    .setParameter(1, id).setParameter(2, caseId != null ? caseId : familyId).executeUpdate();
            em.createNativeQuery("insert into document_chunk (document_id, position, bytes) values (?1, 0, ?2)")
                    .setParameter(1, id).setParameter(2, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).executeUpdate();
        });
        return id;
    }

    /** Each demo estate issue the matrix tries, with one of its photos: path parameters {@code id} and {@code photoId}. */
    public synchronized Map<String, Map<String, String>> estateIssues() {
        Map<String, Map<String, String>> tried = new java.util.LinkedHashMap<>();
        for (NeedToKnow.EstateRecord record : NeedToKnow.EstateRecord.values()) {
            UUID issue = uuid("select i.id from estate_issue i join service s on s.id = i.owning_service_id where s.name = ?1"
                    + " and exists (select 1 from estate_issue_photo p where p.issue_id = i.id) order by i.reported_at limit 1",
                    record.serviceName);
            UUID photo = uuid("select id from estate_issue_photo where issue_id = ?1 order by uploaded_at limit 1", issue);
            tried.put(record.name(), Map.of("id", issue.toString(), "photoId", photo.toString()));
        }
        return tried;
    }

    /** Puts the Patel case back as the demo town has it (the school nurse leading it), for the tests that read the demo. */
    public synchronized void putBack() {
        if (records != null) {
            UUID patel = records.cases().get(CaseRecord.PATEL);
            UUID nurse = uuid("select id from staff_member where username = ?1", Persona.SCHOOL_NURSE.username);
            as(Persona.SCHOOL_NURSE, () -> work.appointLeadProfessional(patel, nurse, version(patel)));
            putBack = true;
        }
    }

    private UUID register(Persona persona, String given, String family, String job, UUID agency, Set<UUID> services) {
        return staff.register(persona.username, given, family, persona.username + "@eastmoor.example", job, agency, services).id();
    }

    /** A leaver as Placeworks records one: no memberships, not active; their token lives on until it expires. */
    private void leave(UUID staffId) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update staff_member set active = false, left_on = current_date where id = ?1")
                    .setParameter(1, staffId).executeUpdate();
            em.createNativeQuery("delete from staff_membership where staff_id = ?1").setParameter(1, staffId).executeUpdate();
        });
    }

    private long version(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from caf_case where id = ?1").setParameter(1, caseId).getSingleResult()).longValue());
    }

    private UUID agency(String name) {
        return uuid("select id from agency where name = ?1", name);
    }

    private UUID uuid(String sql, Object... parameters) {
        var rows = QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        });
        if (rows.isEmpty()) {
            throw new IllegalStateException("The demo town has nothing for: " + sql + " " + java.util.List.of(parameters));
        }
        return (UUID) rows.get(0);
    }

    /** Work done as one person, in a request of its own, as their own request to the app would be. */
    private static void as(Persona persona, Runnable work) {
        TestIdentityAssociation identity = Arc.container().instance(TestIdentityAssociation.class).get();
        var before = identity.getTestIdentity();
        identity.setTestIdentity(persona.identity());
        var request = Arc.container().requestContext();
        request.activate();
        try {
            work.run();
        } finally {
            request.terminate();
            identity.setTestIdentity(before);
        }
    }

    // --- Confidential reports (Community Intelligence) ---------------------------------------------------
    /** The demo's reports the matrix tries: one in the town, one outside our area. */
    Map<NeedToKnow.ReportRecord, UUID> reports() {
        Map<NeedToKnow.ReportRecord, UUID> reports = new EnumMap<>(NeedToKnow.ReportRecord.class);
        reports.put(NeedToKnow.ReportRecord.IN_TOWN, uuid("select id from intel_report where not outside_area order by received_at limit 1"));
        reports.put(NeedToKnow.ReportRecord.OUTSIDE, uuid("select id from intel_report where outside_area order by received_at limit 1"));
        return reports;
    }
}
