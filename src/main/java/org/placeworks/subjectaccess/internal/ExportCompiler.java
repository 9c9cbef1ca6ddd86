package org.placeworks.subjectaccess.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.placeworks.audit.AuditFinding;
import org.placeworks.audit.AuditQuery;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.NoteView;
import org.placeworks.document.DocumentView;
import org.placeworks.document.Documents;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonId;
import org.placeworks.family.PersonView;
import org.placeworks.family.ResidenceView;
import org.placeworks.grant.GrantRequestView;
import org.placeworks.grant.GrantRequests;
import org.placeworks.intelligence.ReportView;
import org.placeworks.intelligence.Reports;
import org.placeworks.panel.Agendas;
import org.placeworks.panel.Hearing;
import org.placeworks.shared.Money;
import org.placeworks.shared.web.Dates;
import org.placeworks.subjectaccess.Redaction;
import org.placeworks.subjectaccess.SubjectExport;
import org.placeworks.subjectaccess.SubjectExport.Field;
import org.placeworks.subjectaccess.SubjectExport.Item;
import org.placeworks.subjectaccess.SubjectExport.Section;

/**
 * Gathers everything held about one person through each feature's subject access read (each asks the access policy
 * and audits what it hands over), redacting third parties as it goes ({@link ThirdParties}). Reporters of
 * confidential reports are never read: the intelligence feature does not hand them over.
 */
@ApplicationScoped
public class ExportCompiler {

    @Inject
    Families families;

    @Inject
    CafCases cases;

    @Inject
    CaseNotes notes;

    @Inject
    Documents documents;

    @Inject
    Agendas agendas;

    @Inject
    GrantRequests grants;

    @Inject
    Reports reports;

    @Inject
    AuditTrail trail;

    /** The person's family and the export; the caller holds the transaction. */
    public record Compiled(FamilyView family, PersonView subject, SubjectExport export) {
    }

    public Compiled compile(PersonId personId, Instant at) {
        FamilyView family = families.subjectFamily(personId);
        PersonView subject = family.people().stream().filter(p -> p.id().equals(personId.value())).findFirst()
                .orElseGet(() -> families.subjectFamily(personId).people().get(0));
        List<PersonView> others = family.people().stream().filter(p -> !p.id().equals(subject.id())).toList();
        List<CaseView> caseViews = cases.forSubjectAccess(personId, family);
        // A referrer with no agency is a member of the public: a third party. A professional's name stays.
        List<String> publicReferrers = caseViews.stream().filter(c -> c.referrerAgency() == null && c.referrerName() != null)
                .map(CaseView::referrerName).toList();
        ThirdParties third = ThirdParties.of(others, publicReferrers);

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("person", "Your record", "The details held about you.", List.of(person(subject))));
        sections.add(new Section("family", "Your household and where it has lived",
                "The household you are recorded in, and its addresses and moves. Other people's details are not shown.",
                household(family, others, third)));
        List<Item> caseItems = new ArrayList<>();
        List<Item> hearings = new ArrayList<>();
        List<Item> grantItems = new ArrayList<>();
        for (CaseView c : caseViews) {
            caseItems.addAll(caseItems(c, third));
            notes.forSubjectAccess(c).forEach(n -> caseItems.add(note(c, n, third)));
            List<Hearing> heard = agendas.hearingsOf(c);
            for (int i = 0; i < heard.size(); i++) {
                Hearing h = heard.get(i);
                hearings.add(new Item("hearing:" + c.id() + ":" + i, "Case " + c.reference() + " at " + h.panelName() + ", "
                        + Dates.date(h.meetingDate()), List.of(Field.of("Panel", h.panelName()), Field.of("Meeting", Dates.date(h.meetingDate())),
                        Field.of("Why it was listed", label(h.kind(), k -> k.label())),
                        Field.of("Decision", h.decision() == null ? "Not yet decided" : h.decision().label()))));
            }
            grants.forSubjectAccess(c).forEach(g -> grantItems.add(grant(c, g, third)));
        }
        sections.add(new Section("cases", "Early help cases", "Each early help case you are part of, as a child or an adult: "
                + "the referral, consent, assessment, needs and plan, reviews, outcomes and case notes.", caseItems));
        List<DocumentView> docs = documents.forSubjectAccess(family.id(), caseViews.stream().map(CaseView::id).toList());
        sections.add(new Section("documents", "Documents", "The documents kept on your family and your cases. The files "
                + "themselves are listed here and provided with this copy.", docs.stream().map(d -> document(d, third)).toList()));
        sections.add(new Section("panel", "Panel meetings", "Each time a case of yours was discussed at a multi-agency panel, "
                + "and what was decided.", hearings));
        sections.add(new Section("grants", "Grants", "Grants asked for on your cases.", grantItems));
        List<ReportView> named = reports.naming(subject.fullName());
        sections.add(new Section("reports", "Community intelligence reports", "Confidential reports that name you. Who made "
                + "each report is not disclosed.", named.stream().map(r -> report(r, third)).toList()));
        List<Item> access = new ArrayList<>();
        access.add(accessTo("person", subject.id(), "Your own record", third));
        access.add(accessTo("family", family.id(), "Your household's record", third));
        caseViews.forEach(c -> access.add(accessTo("caf-case", c.id(), "Case " + c.reference(), third)));
        sections.add(new Section("access", "Who has looked at your records", "Every time a member of staff opened or changed "
                + "these records: who, in which role, when and what they did.", access));
        return new Compiled(family, subject, new SubjectExport(subject.fullName(), subject.dateOfBirth(), at, sections));
    }

    private static Item person(PersonView p) {
        return new Item("person:" + p.id(), p.fullName(), List.of(Field.of("Name", p.fullName()),
                Field.of("Other names", p.otherNames()), Field.of("Date of birth", ThirdParties.date(p.dateOfBirth())),
                Field.of("Expected date of birth", ThirdParties.date(p.expectedDate())), Field.of("Sex", label(p.sex(), s -> s.label())),
                Field.of("Ethnicity", label(p.ethnicity(), e -> e.label())), Field.of("First language", p.firstLanguage()),
                Field.of("Interpreter needed", p.interpreterNeeded() ? "Yes" : "No"), Field.of("Disability", p.disability()),
                Field.of("School or setting", p.schoolOrSetting()), Field.of("NHS number", p.nhsNumber()),
                Field.of("Pupil number", p.pupilNumber()), Field.of("Relationship in the household", label(p.relationship(), r -> r.label())),
                Field.of("Lives in the household", p.livesHere() ? "Yes" : "No")));
    }

    private static List<Item> household(FamilyView family, List<PersonView> others, ThirdParties third) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("family:" + family.id(), family.name(), List.of(Field.of("Household", family.name()),
                Field.of("Lives at", family.address() == null ? "" : family.address().oneLine()),
                Field.of("How they live there", label(family.placeKind(), k -> k.label())))));
        int n = 0;
        for (ResidenceView r : family.residences()) {
            items.add(new Item("residence:" + family.id() + ":" + n++, "Lived at " + r.place().oneLine(), List.of(
                    Field.of("Address", r.place().oneLine()), Field.of("How", label(r.kind(), k -> k.label())),
                    Field.of("From", ThirdParties.date(r.from())), Field.of("Until", r.to() == null ? "Now" : ThirdParties.date(r.to())))));
        }
        for (PersonView o : others) {
            items.add(new Item("member:" + o.id(), "Another member of the household", List.of(
                    ThirdParties.withheld("Name", o.fullName()), Field.of("Relationship in the household", label(o.relationship(), r -> r.label())),
                    ThirdParties.withheld("Date of birth", ThirdParties.date(o.dateOfBirth())))));
        }
        return items;
    }

    private static List<Item> caseItems(CaseView c, ThirdParties third) {
        String ref = "Case " + c.reference();
        List<Item> items = new ArrayList<>();
        boolean professional = c.referrerAgency() != null;
        items.add(new Item("case:" + c.id(), ref + ": the case", List.of(Field.of("Reference", c.reference()),
                Field.of("Status", label(c.status(), s -> s.label())), Field.of("Service", c.owningService()),
                Field.of("Referred on", ThirdParties.date(c.referredOn())),
                professional ? Field.of("Referred by", c.referrerName() + ", " + c.referrerAgency())
                        : ThirdParties.withheld("Referred by", c.referrerName()),
                third.field("Reason for the request", c.reason()),
                Field.of("Lead professional", c.leadProfessional() == null ? "" : c.leadProfessional().name()
                        + (c.leadProfessional().agency() == null ? "" : ", " + c.leadProfessional().agency())),
                Field.of("Team Around the Family", String.join("; ", c.team().stream().map(m -> m.member().name()
                        + (m.member().agency() == null ? "" : " (" + m.member().agency() + ")")).toList())),
                Field.of("Closed on", ThirdParties.date(c.closedOn())),
                Field.of("Closure reason", label(c.closureReason(), r -> r.label())), third.field("Closure note", c.closureNote()))));
        if (c.consent() != null) {
            List<Field> consent = new ArrayList<>();
            addConsent(consent, c.consent(), third, "");
            c.consent().earlier().forEach(e -> addConsent(consent, e, third, "Earlier version " + e.number() + ": "));
            items.add(new Item("consent:" + c.id(), ref + ": consent", consent));
        }
        if (!c.findings().isEmpty() || c.childsVoice() != null || c.familyViews() != null) {
            List<Field> assessment = new ArrayList<>();
            assessment.add(Field.of("Completed on", ThirdParties.date(c.assessmentCompletedOn())));
            c.findings().forEach(f -> {
                assessment.add(third.field(f.element().label() + ": strengths", f.strengths()));
                assessment.add(third.field(f.element().label() + ": needs", f.needs()));
            });
            assessment.add(third.field("The child's voice", c.childsVoice()));
            assessment.add(third.field("The family's views", c.familyViews()));
            items.add(new Item("assessment:" + c.id(), ref + ": assessment", assessment));
        }
        for (CaseView.NeedView need : c.needs()) {
            List<Field> fields = new ArrayList<>(List.of(third.field("Need", need.description()),
                    Field.of("Outcome it counts towards", label(need.headline(), h -> h.label())),
                    need.child() == null ? Field.of("About", "The whole family") : third.field("About", need.child()),
                    Field.of("Score at the start", need.baselineScore()), Field.of("Score now", need.currentScore()),
                    Field.of("Outcome", label(need.outcome(), o -> o.label())),
                    third.field("Goal", need.goal() == null ? "" : need.goal().whatWillBeDifferent())));
            c.actions().stream().filter(a -> need.id().equals(a.needId())).forEach(a -> fields.add(third.field("Action",
                    a.description() + " (" + (a.owner() == null ? "" : a.owner().name() + ", ") + "due " + ThirdParties.date(a.dueOn())
                            + ", " + a.status().label() + ")")));
            items.add(new Item("need:" + need.id(), ref + ": need", fields));
        }
        for (CaseView.ReviewView r : c.reviews()) {
            List<Field> fields = new ArrayList<>(List.of(Field.of("Held on", ThirdParties.date(r.heldOn())),
                    Field.of("Recorded by", r.recordedBy()), third.field("Summary", r.summary())));
            r.progress().forEach(p -> fields.add(third.field("Progress: " + p.need(), p.progress().label() + ", score " + p.score())));
            items.add(new Item("review:" + r.id(), ref + ": review on " + ThirdParties.date(r.heldOn()), fields));
        }
        return items;
    }

    private static void addConsent(List<Field> into, CaseView.ConsentView v, ThirdParties third, String prefix) {
        into.add(third.field(prefix + "Given by", v.givenBy()));
        into.add(Field.of(prefix + "Given on", ThirdParties.date(v.givenOn())));
        into.add(Field.of(prefix + "Purposes", v.purposes()));
        into.add(Field.of(prefix + "Agencies allowed", String.join(", ", v.allowedAgencies())));
        into.add(Field.of(prefix + "Agencies refused", String.join(", ", v.refusedAgencies())));
        into.add(Field.of(prefix + "Panel discussion agreed", v.panelDiscussion() ? "Yes" : "No"));
        into.add(Field.of(prefix + "Withdrawn on", ThirdParties.date(v.withdrawnOn())));
    }

    private static Item note(CaseView c, NoteView n, ThirdParties third) {
        List<Field> fields = new ArrayList<>(List.of(Field.of("When", ThirdParties.date(n.happenedOn()) + " " + n.timeOfDay()),
                Field.of("Kind of contact", label(n.type(), t -> t.label())),
                third.field("Who was seen", String.join(", ", n.seen().stream().map(NoteView.Seen::name).toList())),
                third.field("Note", n.text()), third.field("Follow-up", n.followUp()), Field.of("Written by", n.author())));
        n.addenda().forEach(a -> fields.add(third.field("Added by " + a.author(), a.text())));
        return new Item("note:" + n.id(), "Case " + c.reference() + ": note of " + ThirdParties.date(n.happenedOn()), fields);
    }

    private static Item document(DocumentView d, ThirdParties third) {
        return new Item("document:" + d.id(), third.redact(d.title()), List.of(third.field("Title", d.title()),
                Field.of("Kind", label(d.kind(), k -> k.label())), third.field("File", d.fileName()), Field.of("Type", d.typeName()),
                Field.of("Size", d.sizeText()), Field.of("Added by", d.uploadedBy()), Field.of("Added on", Dates.time(d.uploadedAt()))));
    }

    private static Item grant(CaseView c, GrantRequestView g, ThirdParties third) {
        List<Field> fields = new ArrayList<>(List.of(Field.of("Case", c.reference()), third.field("Item", g.item()),
                Field.of("Category", label(g.category(), k -> k.label())), Field.of("Amount asked for", g.amount()),
                Field.of("Fund", g.fundName()), Field.of("Status", label(g.status(), s -> s.label())),
                Field.of("Amount approved", g.approved()), third.field("Reason for the decision", g.decisionReason()),
                Field.of("Decided by", g.decidedBy()), Field.of("Decided on", ThirdParties.date(g.decidedOn()))));
        if (g.payment() != null) {
            fields.add(Field.of("Paid", Money.format(g.payment().amountPence()) + " by " + g.payment().method().label() + " on "
                    + ThirdParties.date(g.payment().paidOn())));
        }
        return new Item("grant:" + g.id(), "Grant request: " + third.redact(g.item()), fields);
    }

    private static Item report(ReportView r, ThirdParties third) {
        List<Field> fields = new ArrayList<>(List.of(Field.of("Reference", r.reference()), Field.of("Kind", label(r.category(), k -> k.label())),
                third.field("What happened", r.whatHappened()), Field.of("When", ThirdParties.date(r.occurredOn())),
                Field.of("Where", r.place() == null ? "" : r.place().oneLine()), Field.of("Status", label(r.status(), s -> s.label())),
                Field.of("Who reported it", Redaction.REPORTER)));
        r.additions().forEach(a -> fields.add(third.field("Information added", a.text())));
        return new Item("report:" + r.id(), "Report " + r.reference(), fields);
    }

    private Item accessTo(String kind, UUID id, String what, ThirdParties third) {
        List<AuditFinding> found = trail.search(new AuditQuery(kind, id.toString(), null, null, null, false));
        List<Field> fields = found.stream().map(f -> third.field(Dates.time(f.at()), f.actor()
                + (f.actorRoles() == null ? "" : " (" + f.actorRoles() + ")") + ": " + f.action().name().toLowerCase(java.util.Locale.ROOT)
                + ("DENIED".equals(f.outcome()) ? ", refused" : "") + ". " + f.summary())).toList();
        return new Item("access:" + kind + ":" + id, what + ": " + found.size() + (found.size() == 1 ? " entry" : " entries"), fields);
    }

    private static <T> String label(T value, Function<T, String> label) {
        return value == null ? "" : label.apply(value);
    }
}
