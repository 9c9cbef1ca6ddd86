package org.placeworks.intelligence;

/**
 * Grading a report and writing its sanitised summary, with the note the reporter reads when they check
 * their receipt code. {@code version} is the report's, as the officer read it.
 */
public record TriageCommand(SourceEvaluation source, InformationAssessment information, HandlingCode handling, String conditions,
        String summary, String noteForReporter, Long version) {
}
