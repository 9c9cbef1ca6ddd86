package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.EarlierAssessment;
import org.placeworks.caf.internal.EarlierAssessmentRepository;
import org.placeworks.caf.internal.Findings;
import org.placeworks.caf.internal.Need;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.shared.DateRange;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/**
 * Re-assessing a family whose plan is under way, by default 12 months after the assessment: the
 * assessment in force is kept as history, as it stood, and the new one replaces it; the plan and
 * its reviews go on, and the next re-assessment falls due. Only whoever may change the case does it.
 */
@ApplicationScoped
public class Reassessments {

    @Inject
    CaseGate gate;

    @Inject
    CaseJournal journal;

    @Inject
    EarlierAssessmentRepository earlier;

    @Inject
    CafSettings settings;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    @Inject
    org.placeworks.audit.AuditTrail audit;

    @Transactional
    public void reassess(UUID caseId, ReassessmentCommand command) {
        CafCase c = gate.changeable(caseId).kase();
        StaleEdit.check("case", command.version(), c.version());
        c.checkReviewable();
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate on = command.completedOn() == null ? today.date() : command.completedOn();
        DateRange.past(today.date()).notBefore(c.assessmentCompletedOn(), "the assessment it replaces")
                .problem("The re-assessment date", on).ifPresent(p -> problems.put("completedOn", p));
        Map<CafElement, Findings> found = AssessmentAnswers.findings(command.strengths(), command.needs(), problems);
        String voice = AssessmentAnswers.text("childsVoice", "The child's voice", command.childsVoice(), problems);
        String views = AssessmentAnswers.text("familyViews", "The family's views", command.familyViews(), problems);
        NeedDetails details = NeedDetails.checked(c, command.goals(), null, problems);
        Map<UUID, Score> scores = command.scores() == null ? Map.of() : command.scores();
        for (Need need : c.needs()) {
            if (scores.get(need.id()) == null) {
                problems.put(NeedProblems.score(need.id()), "Give \"" + need.description() + "\" a new score from 1 to 10");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EarlierAssessment kept = new EarlierAssessment(c, (int) earlier.countOfCase(caseId) + 1, on, current.username());
        c.reassess(found, scores, voice, views, on, on.plusMonths(settings.reassessmentMonths()));
        details.applyTo(c);
        earlier.persist(kept);
        journal.changed(c, "Re-assessed on " + on + "; the assessment of " + kept.completedOn()
                + " is kept as history; next re-assessment due " + c.reassessmentDueOn());
    }

    /** The case's earlier assessments, latest first, for someone who sees the case in full; the reading is audited. */
    @Transactional
    public List<EarlierAssessmentView> history(UUID caseId) {
        CafCase c = gate.readable(caseId).kase();
        List<EarlierAssessmentView> found = views(c);
        audit.record(org.placeworks.audit.AuditAction.VIEW, CaseGate.KIND, c.id(), "Read " + found.size()
                + " earlier assessments of case " + c.reference());
        return found;
    }

    /** The same for the case page, which has already checked the reader and audited the view: nothing more is audited. */
    @Transactional
    public List<EarlierAssessmentView> history(CaseView kase) {
        return views(gate.readable(kase.id()).kase());
    }

    private List<EarlierAssessmentView> views(CafCase c) {
        Map<UUID, String> needNames = c.needs().stream().collect(Collectors.toMap(Need::id, Need::description));
        return earlier.ofCase(c.id()).stream().map(a -> new EarlierAssessmentView(a.number(), a.completedOn(), a.replacedOn(),
                a.replacedBy(), a.findings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new CaseView.FindingView(e.getKey(), e.getValue().strengths(), e.getValue().needs())).toList(),
                a.childsVoice(), a.familyViews(), c.needs().stream().filter(n -> a.scores().containsKey(n.id()))
                        .map(n -> new EarlierAssessmentView.Scored(needNames.get(n.id()), a.scores().get(n.id()))).toList()))
                .toList();
    }
}
