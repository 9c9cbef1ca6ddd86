package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.placeworks.intelligence.Grading;
import org.placeworks.intelligence.HandlingCode;
import org.placeworks.intelligence.InformationAssessment;
import org.placeworks.intelligence.SourceEvaluation;

/** A 3x5x2 grading as stored, the same four columns on a triage and on what was passed on. */
@Embeddable
public class GradingColumns {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_evaluation")
    SourceEvaluation source;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_assessment")
    InformationAssessment information;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_code")
    HandlingCode handling;

    @Column(name = "handling_conditions")
    String conditions;

    protected GradingColumns() {
    }

    GradingColumns(Grading grading) {
        this.source = grading.source();
        this.information = grading.information();
        this.handling = grading.handling();
        this.conditions = grading.conditions();
    }

    Grading grading() {
        return new Grading(source, information, handling, conditions);
    }
}
