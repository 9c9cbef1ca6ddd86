package org.placeworks.caf.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.ChildAssessmentView;
import org.placeworks.caf.ChildAssessments;
import org.placeworks.family.PersonView;
import org.placeworks.shared.web.Dates;

/**
 * "Assessments of each child" on the case page of a case for two or more children: each child's
 * own assessment in force, with their needs' scores as the family assessment holds them, then the
 * earlier ones kept as history; and, for whoever may change the case after consent, a link to assess each child.
 */
@ApplicationScoped
public class ChildAssessmentsSection implements CaseSectionSource {

    @Inject
    ChildAssessments assessments;

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        if (kase.children().size() < 2) {
            return Optional.empty();
        }
        List<ChildAssessmentView> all = assessments.forCasePage(kase);
        List<CaseSection.Row> rows = new ArrayList<>();
        List<CaseSection.Link> links = new ArrayList<>();
        boolean mayAssess = kase.canEdit() && kase.open() && kase.consent() != null && kase.consent().withdrawnOn() == null;
        for (PersonView child : kase.children()) {
            List<ChildAssessmentView> own = all.stream().filter(a -> a.childId().equals(child.id())).toList();
            own.stream().filter(ChildAssessmentView::current).forEach(a -> rows.add(new CaseSection.Row(
                    child.fullName() + ", assessed " + Dates.date(a.completedOn()), null, summary(a))));
            own.stream().filter(a -> !a.current()).forEach(a -> rows.add(new CaseSection.Row(
                    "Earlier assessment of " + child.fullName() + ", " + Dates.date(a.completedOn()), null,
                    findings(a) + " Replaced on " + Dates.date(a.replacedOn()) + " by " + a.replacedBy() + ".")));
            if (mayAssess) {
                links.add(new CaseSection.Link((own.isEmpty() ? "Assess " : "Assess again ") + child.fullName(),
                        "/cases/" + kase.id() + "/children/" + child.id() + "/assessment"));
            }
        }
        return Optional.of(new CaseSection("child-assessments", "Assessments of each child", rows,
                "No child has an assessment of their own yet.", links));
    }

    private static String summary(ChildAssessmentView a) {
        String needs = a.needs().isEmpty() ? "No needs about this child on the family's assessment."
                : "Needs (scores from the family's assessment): " + a.needs().stream()
                        .map(n -> n.description() + " " + (n.currentScore() == null ? "not scored" : n.currentScore()))
                        .collect(Collectors.joining(", ")) + ".";
        return findings(a) + (a.childsVoice() == null ? "" : " The child's voice: " + a.childsVoice()) + " " + needs
                + " Recorded by " + a.recordedBy() + ".";
    }

    private static String findings(ChildAssessmentView a) {
        return a.findings().stream().map(f -> f.element().label() + ": "
                + (f.strengths() == null ? "" : "strengths " + f.strengths()) + (f.strengths() != null && f.needs() != null ? "; " : "")
                + (f.needs() == null ? "" : "needs " + f.needs())).collect(Collectors.joining(". ")) + ".";
    }
}
