package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CafCaseRepository;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.CaseViews;
import org.placeworks.caf.internal.Referrer;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyId;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonView;
import org.placeworks.family.Relationship;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OutsideBoundary;

/**
 * Requests for support: the safeguarding screen, the referral itself (owned by an Early
 * Intervention service whose boundary holds the family's address) and step down from social care.
 */
@ApplicationScoped
public class Referrals {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    CafCaseRepository cases;

    @Inject
    Families families;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessPolicy access;

    @Inject
    CaseJournal journal;

    @Inject
    org.placeworks.caf.internal.CaseGate gate;

    @Inject
    CaseViews views;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    CaseLoops loops;

    @Inject
    CafSettings settings;

    @Inject
    @io.quarkus.arc.All
    List<ReferralOriginSource> originSources;

    /**
     * A child may be at risk of significant harm: this is not early help. Only the fact that the
     * screen was answered yes is kept; the worker is told to contact children's social care now.
     */
    @Transactional
    public void safeguardingConcernRaised() {
        audit.record(AuditAction.CREATE, "safeguarding-screen", UUID.randomUUID(),
                "Safeguarding screen answered yes: referral stopped, worker directed to children's social care");
    }

    /**
     * Open cases the family already has, so the worker is warned before adding another: those they
     * may see in full, and for the rest only who holds them and whom to contact.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenCases openCasesFor(UUID familyId) {
        FamilyView family = families.family(new FamilyId(familyId));
        return gate.openCasesOf(new org.placeworks.family.FamilyHeader(family.id(), family.name(), family.address()));
    }

    /** Early Intervention services that may own a case for this family: they deliver it and cover the address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> possibleOwners(UUID familyId) {
        return services.ownersFor(Strand.EARLY_INTERVENTION, families.family(new FamilyId(familyId)).address());
    }

    @Transactional
    public UUID refer(ReferralCommand command) {
        return open(command, false, null, null);
    }

    /**
     * Where a request for support started by another feature comes from, if the reader may use it; none for
     * a blank reference; an unknown reference, or one the reader may not use, is a NotFound.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<ReferralOrigin> origin(String reference) {
        if (reference == null || reference.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(originSources.stream().map(s -> s.origin(reference.strip())).flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow(() -> new org.placeworks.shared.NotFound("origin of the request", reference)));
    }

    /** A request for support started from another feature's record: the case remembers where it came from, and the record the case. */
    @Transactional
    public UUID refer(ReferralCommand command, String originReference) {
        ReferralOrigin origin = origin(originReference).orElse(null);
        return open(command, false, null, origin);
    }

    /** A case handed over from children's social care, with its lead professional named from the start. */
    @Transactional
    public UUID stepDown(ReferralCommand command, UUID leadProfessionalId) {
        if (leadProfessionalId == null || staff.names(Set.of(leadProfessionalId)).isEmpty()) {
            throw new InvalidInput("leadProfessionalId", "Select the lead professional who takes the case on");
        }
        return open(command, true, leadProfessionalId, null);
    }

    private UUID open(ReferralCommand command, boolean stepDown, UUID leadProfessionalId, ReferralOrigin origin) {
        if (command.familyId() == null) {
            throw new InvalidInput("familyId", "Select the family the request is for");
        }
        FamilyView family = families.family(new FamilyId(command.familyId()));
        if (!access.covers(family.address(), Strand.EARLY_INTERVENTION)) {
            throw new org.placeworks.shared.Forbidden("The " + family.name() + " was shared with you to read. A request for "
                    + "support is made by a service whose boundary holds their address.");
        }
        Map<String, String> problems = problems(command, family);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ServiceView owner = owner(command.owningServiceId(), family);
        Map<String, HeadlineOutcome> needs = new LinkedHashMap<>();
        command.needs().forEach(n -> needs.put(n.description().strip(), n.headline()));
        LocalDate referredOn = command.referredOn() == null ? views.today() : command.referredOn();
        String reference = "EH-" + referredOn.getYear() + "-" + String.format("%05d", cases.nextNumber());
        CafCase c = new CafCase(reference, family.id(), owner.id(),
                new Referrer(command.referrerName().strip(), command.referrerAgencyId(), blankToNull(command.referrerEmail()),
                        blankToNull(command.referrerPhone())),
                command.reason().strip(), command.childIds(), needs, referredOn, stepDown, java.time.Instant.now(views.clock()),
                current.username());
        // A need the request names as one child's (the case's other children have needs of their own).
        command.needs().stream().filter(n -> n.childId() != null).forEach(n -> c.needs().stream()
                .filter(need -> need.description().equals(n.description().strip())).findFirst()
                .ifPresent(need -> c.attributeNeed(need.id(), n.childId())));
        if (leadProfessionalId != null) {
            c.appointLeadProfessional(leadProfessionalId);
        }
        // A family back within a year (by default) of their last case closing is a re-referral: the two are linked.
        CafCase previous = cases.lastClosedSince(family.id(), referredOn.minusMonths(settings.reReferralMonths())).orElse(null);
        if (previous != null) {
            c.reReferralOf(previous.id());
        }
        cases.persist(c);
        journal.created(c, (stepDown ? "Stepped down from children's social care to " + owner.name()
                : "Request for support received from " + command.referrerName().strip() + "; owned by " + owner.name())
                + (previous == null ? "" : ". Re-referral: case " + previous.reference() + " closed on " + previous.closedOn())
                + (origin == null ? "" : ". Made from " + origin.label()));
        if (origin != null) {
            originSources.forEach(s -> s.origin(origin.reference()).ifPresent(o -> s.referralMade(o.reference(), c.id(), c.reference())));
        }
        if (stepDown) {
            loops.steppedDown(c);
        }
        return c.id();
    }

    /** The named owner if it may own the case; otherwise the worker's own service that may; otherwise the first that may. */
    private ServiceView owner(UUID requested, FamilyView family) {
        if (requested != null) {
            try {
                return services.requireOwner(Strand.EARLY_INTERVENTION, requested, family.address());
            } catch (OutsideBoundary e) {
                // Name the referral's own fields: the owning service chosen, or the family whose address is uncovered.
                throw new OutsideBoundary(e.errors().containsKey("serviceId") ? "owningServiceId" : "familyId",
                        String.join(" ", e.errors().values()));
            }
        }
        List<ServiceView> owners = services.ownersFor(Strand.EARLY_INTERVENTION, family.address());
        if (owners.isEmpty()) {
            throw new OutsideBoundary("familyId", family.address().oneLine()
                    + " is outside every Early Intervention service's boundary, so no service can own this case.");
        }
        Set<UUID> mine = staff.me().map(StaffView::services).orElse(List.of()).stream().map(ServiceView::id)
                .collect(java.util.stream.Collectors.toSet());
        return owners.stream().filter(s -> mine.contains(s.id())).findFirst().orElse(owners.get(0));
    }

    private Map<String, String> problems(ReferralCommand c, FamilyView family) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<UUID> childIds = c.childIds() == null ? Set.of() : c.childIds();
        Set<UUID> familyChildren = family.people().stream().filter(p -> p.relationship() == Relationship.CHILD)
                .map(PersonView::id).collect(java.util.stream.Collectors.toSet());
        if (childIds.isEmpty()) {
            problems.put("childIds", "Select at least one child the request is about");
        } else if (!familyChildren.containsAll(childIds)) {
            problems.put("childIds", "Select children from this family");
        }
        if (c.referrerName() == null || c.referrerName().isBlank()) {
            problems.put("referrerName", "Enter the name of the person asking for support");
        }
        boolean noEmail = c.referrerEmail() == null || c.referrerEmail().isBlank();
        if (!noEmail && !EMAIL.matcher(c.referrerEmail().strip()).matches()) {
            problems.put("referrerEmail", "Enter an email address in the correct format, like name@example.org");
        } else if (noEmail && (c.referrerPhone() == null || c.referrerPhone().isBlank())) {
            problems.put("referrerEmail", "Enter the referrer's email address or phone number, so they can be told the outcome");
        }
        if (c.reason() == null || c.reason().isBlank()) {
            problems.put("reason", "Enter the reason for the request");
        }
        List<NeedCommand> needs = c.needs() == null ? List.of() : c.needs();
        if (needs.isEmpty()) {
            problems.put("needs", "Add at least one need, tagged with its headline outcome");
        }
        for (int i = 0; i < needs.size(); i++) {
            NeedCommand need = needs.get(i);
            if (need.description() == null || need.description().isBlank()) {
                problems.put("needs[" + i + "].description", "Describe need " + (i + 1));
            }
            if (need.headline() == null) {
                problems.put("needs[" + i + "].headline", "Select the headline outcome for need " + (i + 1));
            }
            if (need.childId() != null && (c.childIds() == null || !c.childIds().contains(need.childId()))) {
                problems.put("needs[" + i + "].childId", "Select a child the request is for");
            }
        }
        DateRange.past(views.today()).problem("The date of the request", c.referredOn())
                .ifPresent(p -> problems.put("referredOn", p));
        if (c.referrerAgencyId() != null && !services.hasAgency(c.referrerAgencyId())) {
            problems.put("referrerAgencyId", "Select the referrer's agency from the list");
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
