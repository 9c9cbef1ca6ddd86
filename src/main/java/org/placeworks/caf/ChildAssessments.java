package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CafCaseRepository;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.ChildAssessment;
import org.placeworks.caf.internal.ChildAssessmentRepository;
import org.placeworks.caf.internal.Findings;
import org.placeworks.caf.internal.Need;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyId;
import org.placeworks.family.PersonView;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/**
 * An assessment of one child of a case for several children, alongside the family's: the child's
 * findings across the CAF elements, their voice and the date. The child's needs and their scores stay
 * on the family assessment, so the two never disagree. Recording it again keeps the earlier one as
 * history. The same gate as the family assessment: whoever may change the case, once the family has
 * consented. It moves the case's version on, so a form opened before it is refused as stale.
 */
@ApplicationScoped
public class ChildAssessments {

    /** The record kind of a child's assessment in the audit trail. */
    public static final String KIND = "caf-child-assessment";

    @Inject
    CaseGate gate;

    @Inject
    CafCaseRepository cases;

    @Inject
    ChildAssessmentRepository assessments;

    @Inject
    CaseJournal journal;

    @Inject
    AuditTrail audit;

    @Inject
    Families families;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    /**
     * Whether the reader may assess a child of the case (404 or 403 otherwise), settled before a form
     * opens or a body is read; then whether the case is ready for it (409).
     */
    @Transactional
    public void checkMayRecord(UUID caseId) {
        ready(gate.changeable(caseId).kase());
    }

    @Transactional
    public ChildAssessmentView record(UUID caseId, UUID childId, ChildAssessmentCommand command) {
        CafCase c = gate.changeable(caseId).kase();
        StaleEdit.check("case", command.version(), c.version());
        ready(c);
        checkChild(c, childId);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate on = command.completedOn() == null ? today.date() : command.completedOn();
        DateRange.past(today.date()).notBefore(c.consentGivenOn(), "the date the family gave consent")
                .problem("The date of the child's assessment", on).ifPresent(p -> problems.put("completedOn", p));
        Map<CafElement, Findings> found = AssessmentAnswers.findings(command.strengths(), command.needs(), problems);
        if (found.isEmpty() && problems.keySet().stream().noneMatch(k -> k.startsWith("strengths-") || k.startsWith("needs-"))) {
            problems.put("findings", "Enter the child's strengths or needs for at least one element");
        }
        String voice = AssessmentAnswers.text("childsVoice", "The child's voice", command.childsVoice(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<ChildAssessment> earlier = assessments.ofChild(caseId, childId);
        earlier.forEach(a -> a.replacedBy(on, current.username()));
        ChildAssessment assessment = new ChildAssessment(caseId, childId, earlier.size() + 1, on, found, voice, current.username(),
                today.instant());
        assessments.persist(assessment);
        // The case's version moves on, so a form opened before this one is refused, not silently applied.
        cases.getEntityManager().lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String child = childName(c, childId);
        journal.changed(c, "Assessment of " + child + " recorded for " + on
                + (earlier.isEmpty() ? "" : "; the earlier one is kept as history"));
        audit.record(AuditAction.CREATE, KIND, assessment.id(), "Assessment of a child on case " + c.reference());
        return view(c, assessment, Map.of(childId, child));
    }

    /** One child's assessments, latest first, for someone who sees the case in full; the reading is audited. */
    @Transactional
    public List<ChildAssessmentView> ofChild(UUID caseId, UUID childId) {
        CafCase c = gate.readable(caseId).kase();
        if (childId == null || !c.children().contains(childId)) {
            throw new org.placeworks.shared.NotFound("child of the case", childId);
        }
        Map<UUID, String> names = Map.of(childId, childName(c, childId));
        List<ChildAssessmentView> found = assessments.ofChild(caseId, childId).stream().map(a -> view(c, a, names)).toList();
        audit.record(AuditAction.VIEW, CaseGate.KIND, c.id(), "Read " + found.size() + " assessments of a child of case "
                + c.reference());
        return found;
    }

    /** Every child's assessments for the case page, which has already checked the reader and audited the view. */
    @Transactional
    public List<ChildAssessmentView> forCasePage(CaseView kase) {
        CafCase c = gate.readable(kase.id()).kase();
        Map<UUID, String> names = kase.family().namesById();
        return assessments.ofCase(c.id()).stream().map(a -> view(c, a, names)).toList();
    }

    /** A child's own assessment needs consent in force, an open case and more than one child (one child: the family's is theirs). */
    private static void ready(CafCase c) {
        if (c.status() == CaseStatus.CLOSED) {
            throw new Conflict("Case " + c.reference() + " is closed: its children cannot be assessed.");
        }
        if (!c.consentInForce().inForce()) {
            throw new Conflict("The family has not given consent, or has withdrawn it: no child can be assessed.");
        }
        if (c.children().size() < 2) {
            throw new Conflict("The case is about one child: the family's assessment is that child's assessment.");
        }
    }

    private static void checkChild(CafCase c, UUID childId) {
        if (childId == null || !c.children().contains(childId)) {
            throw new InvalidInput("personId", "Select a child the case is about");
        }
    }

    private String childName(CafCase c, UUID childId) {
        return families.family(new FamilyId(c.familyId())).people().stream().filter(p -> p.id().equals(childId))
                .map(PersonView::fullName).findFirst().orElse("a child");
    }

    private static ChildAssessmentView view(CafCase c, ChildAssessment a, Map<UUID, String> names) {
        List<ChildAssessmentView.ChildNeed> needs = c.needs().stream().filter(n -> a.childId().equals(n.childId()))
                .map(ChildAssessments::need).toList();
        return new ChildAssessmentView(a.id(), a.childId(), names.getOrDefault(a.childId(), "A former child of the case"),
                a.completedOn(), a.findings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new CaseView.FindingView(e.getKey(), e.getValue().strengths(), e.getValue().needs())).toList(),
                a.childsVoice(), needs, a.recordedBy(), a.recordedAt(), a.replacedOn(), a.replacedBy());
    }

    private static ChildAssessmentView.ChildNeed need(Need n) {
        return new ChildAssessmentView.ChildNeed(n.id(), n.description(), n.headline(), n.baselineScore(), n.currentScore());
    }
}
