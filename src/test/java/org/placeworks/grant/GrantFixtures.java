package org.placeworks.grant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.Score;
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseView;
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
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;

/** Early help cases with an active plan, and grant requests on them, made through the services as a worker would. */
@ApplicationScoped
public class GrantFixtures {

    /** A one-pixel PNG: the smallest receipt that passes the content check. */
    public static final byte[] RECEIPT_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    GrantRequests requests;

    @Inject
    EntityManager em;

    @Inject
    org.placeworks.organisation.Thornbury thornbury;

    @Inject
    org.placeworks.panel.Panels panels;

    @Inject
    Funds fundsService;

    public int thisYear() {
        return FinancialYear.of(LocalDate.now(ZoneId.of("Europe/London"))).startYear();
    }

    /** A fund of Family Support Thornbury, decided by the demo Thornbury panel. */
    public FundCommand fund(String name, int yearStart, long budget, long maxAward, long maxPerFamily, long chairLimit) {
        return new FundCommand(thornbury.service("Family Support Thornbury").id(), thornburyPanel(), name, yearStart, budget,
                maxAward, maxPerFamily, chairLimit);
    }

    /** A fund of Family Support Thornbury decided by the given panel, set up by the demo manager, in a far-off year of its own. */
    public UUID fundOfPanel(UUID panelId, int yearsAhead) {
        return actingAs.call("manager", Set.of(Roles.MANAGER), () -> fundsService.create(new FundCommand(
                thornbury.service("Family Support Thornbury").id(), panelId, "Panel fund " + UUID.randomUUID(),
                thisYear() + yearsAhead, 250_000L, 15_000L, 30_000L, 5_000L)));
    }

    /** The demo panel, chaired by the demo chair. */
    public UUID thornburyPanel() {
        return actingAs.call("admin", Set.of(Roles.ADMIN), () -> panels.visible().stream()
                .filter(p -> p.name().equals("Thornbury Early Help Panel")).findFirst().orElseThrow().id());
    }

    /** A family at 100090000010 (in Market Place) with a case whose assessment is complete (so it has a plan). */
    public CaseView activeCase() {
        return activeCase(HeadlineOutcome.EDUCATION);
    }

    /** As {@link #activeCase()}, with its one need tagged with this headline outcome. */
    public CaseView activeCase(HeadlineOutcome headline) {
        return actingAs.call("frontline", WORKER, () -> {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            String name = "Grant" + UUID.randomUUID().toString().substring(0, 6);
            FamilyView f = families.register(new NewFamily(name + " family", places.addressByUprn(100090000010L).orElseThrow().id()));
            UUID child = families.addPerson(f.id(), new PersonCommand("Ivy", name, null, today.minusYears(8), null, Sex.FEMALE,
                    Ethnicity.NOBT, "English", false, null, null, null, null, Relationship.CHILD, true, null), true).id();
            UUID id = referrals.refer(new ReferralCommand(f.id(), Set.of(child), "School", null, "school@example.org", null,
                    "Needs glasses", List.of(new NeedCommand("Sight and learning", headline)), null, today));
            work.recordConsent(id, new ConsentCommand("Parent", null, today, "Assessment", Set.of(), Set.of(), cases.find(id).version()));
            CaseView assessing = cases.find(id);
            Map<UUID, Score> scores = new LinkedHashMap<>();
            assessing.needs().forEach(n -> scores.put(n.id(), new Score(4)));
            work.recordAssessment(id, new AssessmentCommand(Map.of(CafElement.LEARNING, "Keen"), Map.of(), scores, List.of(),
                    null, null, true, assessing.version()));
            return cases.find(id);
        });
    }

    /** A request of this many pence on a new active case, from the given fund. */
    public UUID request(UUID fund, long pence) {
        return request(fund, pence, activeCase());
    }

    public UUID request(UUID fund, long pence, CaseView kase) {
        return actingAs.call("frontline", WORKER, () -> requests.request(new GrantRequestCommand(kase.id(),
                kase.needs().get(0).id(), "Glasses", GrantCategory.GLASSES, pence, "Thornbury Opticians",
                "Family on Universal Credit; showed the award letter", "School and the Lions charity asked: no funds left",
                false, fund)));
    }

    /** Closes the case with its needs met. */
    @Inject
    org.placeworks.caf.CaseLoops loops;

    public void closeWithNeedsMet(UUID caseId) {
        actingAs.run("frontline", WORKER, () -> {
            CaseView kase = cases.find(caseId);
            Map<UUID, org.placeworks.caf.NeedOutcome> outcomes = new LinkedHashMap<>();
            kase.needs().forEach(n -> outcomes.put(n.id(), org.placeworks.caf.NeedOutcome.MET));
            work.close(caseId, new org.placeworks.caf.ClosureCommand(org.placeworks.caf.ClosureReason.NEEDS_MET, null, outcomes,
                    "Glasses bought; reading well", kase.version()));
        });
        // Closure waits for the owning service's manager to sign it off.
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> loops.decideSignOff(caseId, new org.placeworks.caf.SignOffCommand(
                org.placeworks.caf.SignOffState.SIGNED_OFF, "Needs met at review", cases.find(caseId).version())));
    }

    public long version(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select version from grant_request where id = ?1").setParameter(1, requestId).getSingleResult()).longValue());
    }

    public long requestsOn(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from grant_request where case_id = ?1").setParameter(1, caseId).getSingleResult()).longValue());
    }
}
