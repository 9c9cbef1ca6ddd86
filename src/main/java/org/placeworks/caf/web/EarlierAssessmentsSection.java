package org.placeworks.caf.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.EarlierAssessmentView;
import org.placeworks.caf.Reassessments;
import org.placeworks.shared.web.Dates;

/** The assessments a re-assessment replaced, latest first, as they stood: shown only once there is one. */
@ApplicationScoped
public class EarlierAssessmentsSection implements CaseSectionSource {

    @Inject
    Reassessments reassessments;

    @Override
    public int order() {
        return 4;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        if (kase.assessmentCompletedOn() == null) {
            return Optional.empty();
        }
        List<EarlierAssessmentView> earlier = reassessments.history(kase);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseSection("earlier-assessments", "Earlier assessments", earlier.stream()
                .map(a -> new CaseSection.Row("Assessment of " + Dates.date(a.completedOn()), null, summary(a))).toList(), null,
                List.of()));
    }

    private static String summary(EarlierAssessmentView a) {
        String scores = a.scores().stream().map(s -> s.need() + " " + s.score()).collect(Collectors.joining(", "));
        String findings = a.findings().stream().map(f -> f.element().label() + ": "
                + (f.strengths() == null ? "" : "strengths " + f.strengths()) + (f.strengths() != null && f.needs() != null ? "; " : "")
                + (f.needs() == null ? "" : "needs " + f.needs())).collect(Collectors.joining(". "));
        return "Scores then: " + scores + ". " + findings + (a.childsVoice() == null ? "" : ". The child's voice: " + a.childsVoice())
                + ". Replaced on " + Dates.date(a.replacedOn()) + " by " + a.replacedBy() + ".";
    }
}
