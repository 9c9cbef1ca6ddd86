package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseSummary;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.panel.ActionCommand;
import org.placeworks.panel.Agendas;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.BringCommand;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionCommand;
import org.placeworks.panel.InterestCommand;
import org.placeworks.panel.ItemKind;
import org.placeworks.panel.MeetingSummary;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.PanelCommand;
import org.placeworks.panel.PanelView;
import org.placeworks.panel.Panels;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.Today;

/**
 * The demo panel: Thornbury's early help panel chaired by the demo chair, with last month's
 * meeting closed (decisions, actions, minutes) and this month's agenda, built from the demo
 * cases in assessment or with an active plan, published. The police sit on it (the demo {@code member}),
 * and one family on it refused the police: their member is not shown that item. Set up and run through the panel's services as the
 * demo manager, chair and workers. Loaded by {@link DemoLoader} after the cases; last month's meeting
 * is closed after the demo grants, one of which it awarded.
 */
@ApplicationScoped
class DemoPanel {

    private static final Logger LOG = Logger.getLogger(DemoPanel.class);
    private static final Set<String> MANAGER = Set.of(Roles.MANAGER);
    private static final Set<String> CHAIR = Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEAD_PROFESSIONAL);
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    Panels panels;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    CafCases cases;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    Today today;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    /** Last month's demo meeting, left in session until the demo grants awarded at it are recorded. */
    private UUID lastMonthMeeting;

    void load() {
        try {
            loadThornbury();
            LOG.info("Loaded the demo panel for Thornbury");
        } catch (DomainException e) {
            LOG.warnf("The demo panel could not be loaded: %s", e.getMessage());
        }
    }

    private void loadThornbury() {
        Map<String, StaffName> people = staff.activeNames().stream().collect(Collectors.toMap(StaffName::username, Function.identity()));
        Map<String, UUID> agencies = services.agencies().stream().collect(Collectors.toMap(AgencyView::name, AgencyView::id));
        UUID thornbury = places.areasOfKind(AreaKind.LOCALITY).stream().filter(a -> a.name().equals("Thornbury")).findFirst()
                .orElseThrow().id();

        PanelView panel = actingAs.call("manager", MANAGER, () -> {
            PanelView p = panels.create(new PanelCommand("Thornbury Early Help Panel", thornbury, people.get("chair").id(), 2,
                    DayOfWeek.TUESDAY, LocalTime.of(10, 0), "Thornbury Children's Centre", null, null, null, null));
            p = panels.addMember(p.id(), agencies.get("Eastmoor District Council"), people.get("frontline").id(),
                    people.get("manager").id(), p.version());
            p = panels.addMember(p.id(), agencies.get("Eastmoor Community Health NHS Trust"), people.get("frontline2").id(),
                    null, p.version());
            p = panels.addMember(p.id(), agencies.get("Eastmoor Homes"), people.get("estate").id(), null, p.version());
            return panels.addMember(p.id(), agencies.get("Shire Constabulary"), people.get("member").id(), null, p.version());
        });

        // Two families for this month's panel whose consent names the police: the Nolans agreed to share with
        // every member agency; the Quinns refused the police, so the police member is not shown their item.
        Set<UUID> members = Set.of(agencies.get("Eastmoor District Council"), agencies.get("Eastmoor Community Health NHS Trust"),
                agencies.get("Eastmoor Homes"), agencies.get("Shire Constabulary"));
        Set<UUID> allButPolice = members.stream().filter(a -> !a.equals(agencies.get("Shire Constabulary")))
                .collect(Collectors.toSet());
        LocalDate lastPanel = YearMonth.from(today.date()).minusMonths(1).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        UUID nolan = familyWithConsent("Nolan", "Aoife", "Finn", 100090000012L, members, Set.of(), lastPanel.minusDays(12));
        UUID quinn = familyWithConsent("Quinn", "Grace", "Milo", 100090000022L, allButPolice,
                Set.of(agencies.get("Shire Constabulary")), today.date().minusDays(6));

        // Last month's meeting: listed, run and closed.
        // The panel meets on the second Tuesday of the month.
        LocalDate lastMonth = YearMonth.from(today.date()).minusMonths(1).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        MeetingSummary last = actingAs.call("manager", MANAGER, () -> panels.addMeeting(panel.id(), lastMonth));
        List<UUID> active = actingAs.call("frontline", WORKER, () -> cases.list(new CaseFilter(false, CaseStatus.ACTIVE_PLAN))
                .stream().map(CaseSummary::id).toList());
        List<UUID> listed = new ArrayList<>();
        for (int n = 0; n < Math.min(3, active.size()); n++) {
            UUID caseId = active.get(n);
            listed.add(actingAs.call("frontline", WORKER, () -> listOn(last.id(), caseId, n(caseId, active) == 2
                    ? ItemKind.STUCK_CASE_REVIEW : ItemKind.NEW_REQUEST, "Agree the support package and who leads it.")));
        }
        // The Nolans were first heard last month: the panel allocated their lead professional, with a declaration of
        // interest by the housing member, who withdrew from the item.
        UUID nolanItem = actingAs.call("frontline", WORKER, () -> listOn(last.id(), nolan, ItemKind.NEW_REQUEST,
                "Who should lead, and a plan for school."));
        actingAs.run("chair", CHAIR, () -> {
            long version = meetingVersion(last.id());
            meetings.publish(last.id(), version);
            Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
            Map<UUID, String> names = new LinkedHashMap<>();
            panel.members().forEach(m -> attendance.put(m.agencyId(), AttendanceStatus.PRESENT));
            meetings.recordAttendance(last.id(), true, attendance, names, meetingVersion(last.id()));
            meetings.start(last.id(), true, meetingVersion(last.id()));
            LocalDate today = this.today.date();
            for (int n = 0; n < listed.size(); n++) {
                UUID item = listed.get(n);
                DecisionCode code = n == listed.size() - 1 ? DecisionCode.DEFER : DecisionCode.AGREE_SUPPORT_PACKAGE;
                meetings.decide(last.id(), item, new DecisionCommand(code, code == DecisionCode.DEFER
                        ? "Waiting for the housing assessment; bring back next month."
                        : n == 0
                        ? "Support package agreed; the bed and bedding the children need are decided on the grant request."
                        : "Needs are clear and the family agrees; the team around the family continues.", itemVersion(item)));
                if (code != DecisionCode.DEFER) {
                    meetings.addAction(last.id(), item, new ActionCommand("Confirm the support package with the family",
                            people.get("frontline").id(), lastMonth.plusDays(14)));
                    meetings.addAction(last.id(), item, new ActionCommand("Check school nursing records and report back",
                            people.get("frontline2").id(), today.plusDays(7)));
                }
            }
        });
        actingAs.run("chair", CHAIR, () -> {
            meetings.declareInterest(last.id(), nolanItem, new InterestCommand(people.get("estate").id(),
                    "Manages the Nolan family's tenancy", true, itemVersion(nolanItem)));
            meetings.decide(last.id(), nolanItem, new DecisionCommand(DecisionCode.ALLOCATE_LEAD_PROFESSIONAL,
                    "Finn's needs are mostly about school: the family support worker who knows the family leads, with their agreement.",
                    itemVersion(nolanItem), people.get("frontline").id(), null, null));
        });
        lastMonthMeeting = last.id();

        // Next month's agenda building: the cases in assessment or with an active plan, brought by their worker.
        actingAs.run("frontline", WORKER, () -> {
            List<UUID> building = new ArrayList<>();
            cases.list(new CaseFilter(false, CaseStatus.ASSESSMENT)).forEach(c -> building.add(c.id()));
            cases.list(new CaseFilter(false, CaseStatus.ACTIVE_PLAN)).forEach(c -> building.add(c.id()));
            // The Nolans and the Quinns are brought below, each with their own reason.
            building.removeAll(List.of(nolan, quinn));
            for (UUID caseId : building) {
                try {
                    agendas.bring(new BringCommand(caseId, ItemKind.NEW_REQUEST, "Ask the panel to agree the plan.", null,
                            false, null));
                } catch (DomainException e) {
                    LOG.debugf("Demo case %s not brought: %s", caseId, e.getMessage());
                }
            }
        });

        UUID thisMonth = actingAs.call("frontline", WORKER, () -> {
            agendas.bring(new BringCommand(nolan, ItemKind.NEW_REQUEST, "Youth diversion place and a plan for school.",
                    null, false, null));
            return agendas.bring(new BringCommand(quinn, ItemKind.NEW_REQUEST, "Agree who leads on the housing worries.",
                    null, false, null)).meetingId();
        });
        // The chair publishes it, so that the members can read what they may be told before the meeting.
        actingAs.run("chair", CHAIR, () -> meetings.publish(thisMonth, meetingVersion(thisMonth)));
    }

    /** A family at this address with a case in assessment, whose consent allows and refuses these agencies. */
    private UUID familyWithConsent(String surname, String parent, String child, long uprn, Set<UUID> allowed, Set<UUID> refused,
            LocalDate referredOn) {
        LocalDate today = this.today.date();
        return actingAs.call("frontline", WORKER, () -> {
            FamilyView family = families.register(new NewFamily(surname + " family",
                    places.addressByUprn(uprn).orElseThrow().id()));
            families.addPerson(family.id(), new PersonCommand(parent, surname, null, today.minusYears(34), null, Sex.FEMALE,
                    Ethnicity.NOBT, "English", false, null, null, null, null, Relationship.PARENT, true, null), true);
            UUID childId = families.addPerson(family.id(), new PersonCommand(child, surname, null, today.minusYears(13), null,
                    Sex.MALE, Ethnicity.NOBT, "English", false, null, null, null, null, Relationship.CHILD, true, null), true).id();
            UUID caseId = referrals.refer(new ReferralCommand(family.id(), Set.of(childId), "Thornbury Academy", null,
                    "office@thornbury-academy.example", null, child + " has missed school and was stopped by police twice.",
                    List.of(new NeedCommand("School attendance", HeadlineOutcome.EDUCATION),
                            new NeedCommand("Contact with the police", HeadlineOutcome.CRIME_PREVENTION)), null, referredOn));
            work.recordConsent(caseId, new ConsentCommand(parent + " " + surname, null, referredOn.plusDays(2),
                    "Assessment, and discussion at the early help panel with the agencies named", allowed, refused,
                    cases.find(caseId).version()));
            return caseId;
        });
    }

    /** Closes last month's meeting once the other demo data (grants awarded at it) has been recorded. */
    void closeLastMonth() {
        if (lastMonthMeeting != null) {
            UUID meeting = lastMonthMeeting;
            lastMonthMeeting = null;
            actingAs.run("chair", CHAIR, () -> {
                meetings.close(meeting, meetingVersion(meeting));
                // Last month's minutes are out for accuracy: the panel agrees them at this month's meeting.
                meetings.circulateMinutes(meeting, QuarkusTransaction.requiringNew().call(() -> meetings.minutesVersion(meeting)));
            });
        }
    }

    private static int n(UUID caseId, List<UUID> list) {
        return list.indexOf(caseId);
    }

    /** Lists a case on a past meeting (the demo's history); bringing a case always targets a meeting to come. */
    private UUID listOn(UUID meetingId, UUID caseId, ItemKind kind, String note) {
        return agendas.listOnPastMeeting(meetingId, new BringCommand(caseId, kind, note, null, false, null)).itemId();
    }

    private long meetingVersion(UUID meetingId) {
        return QuarkusTransaction.requiringNew().call(() -> meetings.meetingVersion(meetingId));
    }

    private long itemVersion(UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> meetings.itemVersion(itemId));
    }
}
