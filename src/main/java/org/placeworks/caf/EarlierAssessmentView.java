package org.placeworks.caf;

import java.time.LocalDate;
import java.util.List;

/** An assessment a re-assessment replaced, as it stood: its findings and each need's score then. */
public record EarlierAssessmentView(int number, LocalDate completedOn, LocalDate replacedOn, String replacedBy,
        List<CaseView.FindingView> findings, String childsVoice, String familyViews, List<Scored> scores) {

    public record Scored(String need, int score) {
    }
}
