package org.placeworks.panel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseStatus;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.panel.internal.AgendaItem;
import org.placeworks.panel.internal.AgendaItemRepository;

/**
 * Panels for tests: a panel of its own (for the Eastbrook locality, so the demo panel is left
 * alone) with three member agencies (council: frontline, deputy manager; health: frontline2;
 * housing: estate), chaired by the demo chair; meetings on any day; items listed directly.
 */
@ApplicationScoped
public class PanelFixtures {

    public static final Set<String> MANAGER = Set.of(Roles.MANAGER);
    public static final Set<String> CHAIR = Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEAD_PROFESSIONAL);
    public static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    Panels panels;

    @Inject
    Meetings meetings;

    @Inject
    Thornbury thornbury;

    @Inject
    CafCases cases;

    @Inject
    AgendaItemRepository items;

    @Inject
    org.placeworks.organisation.Services services;

    @Inject
    org.placeworks.organisation.StaffDirectory staff;

    @Inject
    org.placeworks.family.Families families;

    @Inject
    org.placeworks.geography.Places places;

    @Inject
    org.placeworks.caf.Referrals referrals;

    @Inject
    org.placeworks.caf.CaseWork work;

    public LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    public PanelView panel() {
        UUID locality = eastbrook();
        return manager(() -> {
            PanelView p = panels.create(new PanelCommand(Thornbury.unique("Eastbrook Panel"), locality,
                    thornbury.member("chair").id(), 1, DayOfWeek.WEDNESDAY, LocalTime.of(9, 30), "Village hall", null, null, null, null));
            p = panels.addMember(p.id(), thornbury.agency("Eastmoor District Council"), thornbury.member("frontline").id(),
                    thornbury.member("manager").id(), p.version());
            p = panels.addMember(p.id(), thornbury.agency("Eastmoor Community Health NHS Trust"),
                    thornbury.member("frontline2").id(), null, p.version());
            return panels.addMember(p.id(), thornbury.agency("Eastmoor Homes"), thornbury.member("estate").id(), null, p.version());
        });
    }

    /**
     * The Eastbrook locality, inside the boundary of the demo chair and manager through a service of
     * its own that delivers no strand (so Eastbrook Green stays outside every strand's services).
     */
    public UUID eastbrook() {
        return actingAs.call("admin", Set.of(Roles.ADMIN), () -> {
            thornbury.uncoveredNeighbourhood();
            UUID locality = thornbury.area("Eastbrook").id();
            UUID hub = services.services().stream().filter(s -> s.name().equals("Eastbrook Family Hub")).findFirst()
                    .orElseGet(() -> services.createService(new org.placeworks.organisation.ServiceCommand("Eastbrook Family Hub",
                            thornbury.agency("Eastmoor District Council"), "Panel support for Eastbrook.", Set.of(locality),
                            Set.of(), null))).id();
            for (String username : List.of("chair", "manager")) {
                org.placeworks.organisation.StaffView m = thornbury.member(username);
                Set<UUID> memberships = new java.util.HashSet<>();
                m.services().forEach(s -> memberships.add(s.id()));
                if (memberships.add(hub)) {
                    staff.register(m.username(), m.givenName(), m.familyName(), m.email(), m.jobTitle(), m.agencyId(), memberships);
                }
            }
            return locality;
        });
    }

    /**
     * A family in Northgate with an early help case in assessment, whose consent allows and refuses
     * these agencies (by name).
     */
    public UUID consentedCase(String family, Set<String> allowed, Set<String> refused) {
        return actingAs.call("frontline", WORKER, () -> {
            LocalDate today = today();
            org.placeworks.family.FamilyView f = families.register(new org.placeworks.family.NewFamily(family,
                    places.addressByUprn(100090000010L).orElseThrow().id()));
            UUID child = families.addPerson(f.id(), new org.placeworks.family.PersonCommand("Ivy", family.split(" ")[0], null,
                    today.minusYears(8), null, org.placeworks.family.Sex.FEMALE, org.placeworks.family.Ethnicity.NOBT, "English",
                    false, null, null, null, null, org.placeworks.family.Relationship.CHILD, true, null), true).id();
            UUID id = referrals.refer(new org.placeworks.caf.ReferralCommand(f.id(), Set.of(child), "School", null,
                    "school@example.org", null, "Attendance has fallen", List.of(new org.placeworks.caf.NeedCommand(
                            "School attendance", org.placeworks.caf.HeadlineOutcome.EDUCATION)), null, today));
            work.recordConsent(id, new org.placeworks.caf.ConsentCommand("Parent", null, today, "Assessment and panel discussion",
                    agencies(allowed), agencies(refused), cases.find(id).version()));
            return id;
        });
    }

    private Set<UUID> agencies(Set<String> names) {
        Set<UUID> ids = new java.util.HashSet<>();
        names.forEach(n -> ids.add(thornbury.agency(n)));
        return ids;
    }

    /** The deputy chair's sign-in, a second person with the panel-chair role. */
    public static final String DEPUTY_CHAIR = "deputychair";

    @Inject
    org.placeworks.identity.StaffAccounts accounts;

    /**
     * A second member of staff holding the panel-chair role (in Keycloak, made if missing) who works for
     * the Eastbrook hub, so that the test panel's locality lies inside their boundary.
     */
    public org.placeworks.organisation.StaffView deputyChair() {
        eastbrook();
        return actingAs.call("admin", Set.of(Roles.ADMIN), () -> {
            UUID hub = services.services().stream().filter(s -> s.name().equals("Eastbrook Family Hub")).findFirst()
                    .orElseThrow().id();
            String keycloakId = accounts.idOf(DEPUTY_CHAIR).orElseGet(() -> accounts.invite(new org.placeworks.identity.NewStaffAccount(
                    DEPUTY_CHAIR, "dana.deputy@example.org", "Dana", "Deputy", Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER))).keycloakId());
            accounts.changeRoles(keycloakId, Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER));
            return staff.register(DEPUTY_CHAIR, "Dana", "Deputy", "dana.deputy@example.org", "Deputy panel chair",
                    thornbury.agency("Eastmoor District Council"), Set.of(hub));
        });
    }

    /** The test panel with the deputy chair named, as the manager names them. */
    public PanelView panelWithDeputy() {
        PanelView p = panel();
        UUID deputy = deputyChair().id();
        return manager(() -> panels.setDeputyChair(p.id(), deputy, p.version()));
    }

    public <T> T deputy(Supplier<T> work) {
        return actingAs.call(DEPUTY_CHAIR, Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER), work);
    }

    /** The meeting an item is on now. */
    public UUID meetingOf(UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> items.findById(itemId).meetingId());
    }

    /** The panel's meeting on the date: the one its schedule already holds (a test run on a meeting day), or one added. */
    public UUID meeting(PanelView panel, LocalDate date) {
        return manager(() -> panels.meetings(panel.id(), date).stream().filter(m -> m.date().equals(date)).findFirst()
                .map(org.placeworks.panel.MeetingSummary::id).orElseGet(() -> panels.addMeeting(panel.id(), date).id()));
    }

    /** A demo case with an active plan, to hang items on. */
    public UUID anyCase() {
        return actingAs.call("frontline", WORKER, () -> cases.list(new CaseFilter(false, CaseStatus.ACTIVE_PLAN)).get(0).id());
    }

    /** Lists an item straight onto a meeting (bringing a case always targets a meeting to come). */
    public UUID listItem(UUID meetingId, UUID caseId, String family) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AgendaItem item = new AgendaItem(meetingId, items.nextPosition(meetingId), caseId, ItemKind.NEW_REQUEST,
                    "Agree a support package", null, "frontline", null, Instant.now(),
                    new AgendaItem.Snapshot("EH-T", family, "7, 3", "School attendance|Getting a good education\nRent arrears|Secure housing",
                            "Attendance has fallen"));
            items.persist(item);
            return item.id();
        });
    }

    /** Lists an item about a grant request straight onto a meeting, as bringing the request to panel does. */
    public UUID listGrantItem(UUID meetingId, UUID caseId, String family, UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AgendaItem item = new AgendaItem(meetingId, items.nextPosition(meetingId), caseId, ItemKind.GRANT_REQUEST,
                    "Grant request", new AgendaSubject("grant-request", requestId), "frontline", null, Instant.now(),
                    new AgendaItem.Snapshot("EH-G", family, "8", "Sight and learning|Getting a good education", "Needs glasses"));
            items.persist(item);
            return item.id();
        });
    }

    public void publish(UUID meetingId) {
        chair(() -> {
            meetings.publish(meetingId, meetings.meetingVersion(meetingId));
            return null;
        });
    }

    /** Records the three member agencies as present (or not) and the chair present. */
    public void attend(UUID meetingId, PanelView panel, int present) {
        chair(() -> {
            Map<UUID, AttendanceStatus> statuses = new LinkedHashMap<>();
            int n = 0;
            for (PanelView.Member m : panel.members()) {
                statuses.put(m.agencyId(), n++ < present ? AttendanceStatus.PRESENT : AttendanceStatus.APOLOGIES);
            }
            meetings.recordAttendance(meetingId, true, statuses, Map.of(), meetings.meetingVersion(meetingId));
            return null;
        });
    }

    public void start(UUID meetingId) {
        chair(() -> {
            meetings.start(meetingId, true, meetings.meetingVersion(meetingId));
            return null;
        });
    }

    public MinutesView close(UUID meetingId) {
        return chair(() -> meetings.close(meetingId, meetings.meetingVersion(meetingId)));
    }

    public long itemVersion(UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> items.findById(itemId).version());
    }

    public <T> T chair(Supplier<T> work) {
        return actingAs.call("chair", CHAIR, work);
    }

    public <T> T manager(Supplier<T> work) {
        return actingAs.call("manager", MANAGER, work);
    }
}
