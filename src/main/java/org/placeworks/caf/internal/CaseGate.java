package org.placeworks.caf.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.internal.CaseRule.Decision;
import org.placeworks.caf.internal.CaseRule.Reader;
import org.placeworks.caf.internal.CaseRule.ReaderService;
import org.placeworks.caf.internal.CaseRule.Right;
import org.placeworks.caf.CaseFlag;
import org.placeworks.caf.OpenCases;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Coverage;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * The one gate every read, change and list of an early help case goes through: it takes the
 * reader's facts from {@link AccessPolicy#staffFacts()} (loaded once per request) and the case's facts
 * once per case, and asks {@link CaseRule}.
 * A case the reader may not know of is a NotFound; one they only know exists, or may see but not
 * change, is a Forbidden with a plain message.
 */
@RequestScoped
public class CaseGate {

    public static final String KIND = "caf-case";

    @Inject
    CafCaseRepository cases;

    @Inject
    Families families;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    AccessPolicy policy;

    @Inject
    CaseViews views;

    @Inject
    CaseTransferRepository transfers;

    @Inject
    org.placeworks.shared.Reading reading;

    private final Map<UUID, Coverage> coverage = new HashMap<>();

    /** Until when the reader may read families they opened by breaking glass: asked once per request and family. */
    private final Map<UUID, Optional<java.time.Instant>> brokenGlass = new HashMap<>();


    /** A case with the family's header and what the reader gets; built once per request and case. */
    public record Opened(CafCase kase, FamilyHeader family, Decision decision) {

        public boolean mayChange() {
            return decision.may(Right.CHANGE_CASE);
        }
    }

    /** What the reader gets on a case, given its family's address. */
    public Decision decide(CafCase c, AddressView address) {
        Reader reader = reader(address);
        CaseRule.Facts facts = facts(c, address);
        Decision decision = CaseRule.decide(reader, facts);
        // Only when the reader gets no full sight otherwise is the family's break-glass grant asked about (one query).
        if (!decision.sees() && reader.active() && reader.staffId() != null
                && brokenGlass.computeIfAbsent(c.familyId(), f -> policy.brokenGlassUntil(FAMILY, f)).isPresent()) {
            return CaseRule.decide(reader, facts.withBrokenGlass());
        }
        return decision;
    }

    /**
     * Until when the reader may read the family's cases because they broke glass to open it, if that is what let them
     * read a case decided in this request (their own ground or a share does not count: the page says so only then).
     */
    public Optional<java.time.Instant> brokenGlassUntil(UUID familyId) {
        return brokenGlass.getOrDefault(familyId, Optional.empty());
    }

    /** The family record's kind in access grants: a family opened by breaking glass opens its cases to read. */
    static final String FAMILY = "family";

    /** The case if the reader may see all of it; otherwise 404, or 403 for one they only know exists. */
    public Opened readable(UUID caseId) {
        Opened opened = open(caseId);
        if (!opened.decision().sees()) {
            throw new Forbidden("This early help case is held by " + serviceName(opened.kase().owningServiceId())
                    + ". Contact them if you need to work with the family.", "case", caseId);
        }
        return opened;
    }

    /** The case if the reader may change it: the owning service's casework staff and the lead professional. */
    public Opened changeable(UUID caseId) {
        Opened opened = readable(caseId);
        if (!opened.mayChange()) {
            throw new Forbidden("Only " + serviceName(opened.kase().owningServiceId()) + " and the lead professional can "
                    + "change this case. As a member of the Team Around the Family you can update the actions you own.");
        }
        return opened;
    }

    /**
     * The case if the reader may add to its record (contacts and notes, documents): whoever may change
     * the case, and its current Team Around the Family members; 404 for a case the reader may not know,
     * 403 otherwise, saying that they may not {@code doWhat} ("record contacts on", "add documents to").
     */
    public Opened recordable(UUID caseId, String doWhat) {
        Opened opened = readable(caseId);
        boolean teamMember = myId().map(opened.kase().currentTeam()::contains).orElse(false);
        if (!opened.decision().may(Right.CHANGE_CASE) && !teamMember) {
            throw new Forbidden("Only the case's own service, its lead professional and the Team Around the Family can "
                    + doWhat + " this case.");
        }
        return opened;
    }

    /**
     * The case if the reader may know it exists (full sight or the flag); otherwise 404. Inside a
     * read-only transaction (the case page, the JSON read) nothing can change the case or its facts, so the
     * answer is decided once and every later ask in that transaction (each section of the page) gets the same
     * one; a transaction that may change things decides afresh each time.
     */
    public Opened open(UUID caseId) {
        return reading.once("caf.case-gate." + caseId, () -> decideOn(caseId));
    }

    private Opened decideOn(UUID caseId) {
        CafCase c = cases.forAccessDecision(caseId).orElseThrow(() -> new NotFound("case", caseId));
        FamilyHeader family = families.headers(Set.of(c.familyId())).get(c.familyId());
        if (family == null) {
            throw new NotFound("case", caseId);
        }
        Opened opened = new Opened(c, family, decide(c, family.address()));
        if (!opened.decision().knowsOf()) {
            throw new NotFound("case", caseId);
        }
        return opened;
    }

    /**
     * A family's open cases as the reader may know them: summaries of those they see (found in SQL, as
     * every list), and flags for those of the rest they may know exist.
     */
    public OpenCases openCasesOf(FamilyHeader family) {
        Set<UUID> seenIds = Set.copyOf(cases.openSeenBy(scope(), family.id()));
        List<CafCase> seen = new java.util.ArrayList<>();
        List<CafCase> flagged = new java.util.ArrayList<>();
        for (CafCase c : cases.openForFamily(family.id())) {
            if (seenIds.contains(c.id())) {
                seen.add(c);
            } else {
                Decision decision = decide(c, family.address());
                if (decision.sees()) {
                    seen.add(c); // opened by breaking glass
                } else if (decision.knowsOf()) {
                    flagged.add(c);
                }
            }
        }
        return new OpenCases(views.summaries(seen, Map.of(family.id(), family)), flags(flagged));
    }

    private List<CaseFlag> flags(List<CafCase> flagged) {
        Set<UUID> leads = new java.util.HashSet<>();
        flagged.forEach(c -> {
            if (c.leadProfessionalId() != null) {
                leads.add(c.leadProfessionalId());
            }
        });
        Map<UUID, StaffName> names = staff.names(leads);
        Map<UUID, String> emails = staff.workEmails(leads);
        return flagged.stream().map(c -> {
            StaffName lead = c.leadProfessionalId() == null ? null : names.get(c.leadProfessionalId());
            return new CaseFlag(serviceName(c.owningServiceId()), lead == null ? null : lead.name(),
                    lead == null ? null : emails.get(lead.id()));
        }).toList();
    }

    /** The reader's facts for a list query: nobody without a staff record, once they have left, or without a casework role. */
    public CaseScope scope() {
        StaffFacts me = policy.staffFacts();
        if (me.staffId() == null || !me.active() || me.roles().stream().noneMatch(CaseRule.READING_ROLES::contains)) {
            return CaseScope.NOBODY;
        }
        List<CaseScope.Ground> ground = me.services().stream().map(s -> new CaseScope.Ground(s.serviceId(),
                s.coverage().neighbourhoods(), s.coverage().estates())).toList();
        return new CaseScope(me.staffId(), me.agencyId(), me.username(), me.roles().contains(Roles.MANAGER), ground);
    }

    /** The reader's staff id, if they have a staff record. */
    public Optional<UUID> myId() {
        return Optional.ofNullable(policy.staffFacts().staffId());
    }

    private Reader reader(AddressView address) {
        StaffFacts me = policy.staffFacts();
        List<ReaderService> mine = me.services().stream().map(s -> new ReaderService(s.serviceId(),
                s.strands().contains(Strand.EARLY_INTERVENTION), s.coverage().covers(address))).toList();
        return new Reader(me.staffId(), me.agencyId(), me.roles(), mine, me.active());
    }

    private CaseRule.Facts facts(CafCase c, AddressView address) {
        boolean open = c.status() != org.placeworks.caf.CaseStatus.CLOSED;
        UUID offeredTo = open ? transfers.pendingFor(c.id()).map(CaseTransfer::toServiceId).orElse(null) : null;
        return new CaseRule.Facts(c.owningServiceId(), coverage(c.owningServiceId()).covers(address), c.leadProfessionalId(),
                c.currentTeam(), c.consentInForce(), open, offeredTo, offeredTo != null && coverage(offeredTo).covers(address));
    }

    /** Each service's ground is resolved once per request, however many cases are decided. */
    Coverage coverage(UUID serviceId) {
        return coverage.computeIfAbsent(serviceId, services::coverageOf);
    }

    String serviceName(UUID serviceId) {
        return services.findService(serviceId).map(ServiceView::name).orElse("another service");
    }
}
