package org.placeworks.intelligence;

import java.time.LocalDate;

/**
 * The figures a council must publish about ASB Case Reviews for a year: applications received, how many
 * did not meet the threshold, reviews held, and reviews that made recommendations. Counted by the day
 * each happened (an application by the day received, a review by the day it met).
 */
public record CaseReviewFigures(FigureYear year, long applications, long thresholdNotMet, long reviewsHeld,
        long reviewsWithRecommendations) {

    /** A financial year (1 April to 31 March, named by its first year) or a calendar year. */
    public record FigureYear(boolean financial, int startYear) {

        public LocalDate from() {
            return financial ? LocalDate.of(startYear, 4, 1) : LocalDate.of(startYear, 1, 1);
        }

        public LocalDate to() {
            return financial ? LocalDate.of(startYear + 1, 3, 31) : LocalDate.of(startYear, 12, 31);
        }

        public String label() {
            return financial ? "Financial year " + startYear + "/" + String.format("%02d", (startYear + 1) % 100)
                    : "Calendar year " + startYear;
        }

        /** The first year as the year chooser posts it. */
        public String startYearText() {
            return String.valueOf(startYear);
        }

        public String basis() {
            return financial ? "financial" : "calendar";
        }

        /** The year that holds {@code day}. */
        public static FigureYear holding(boolean financial, LocalDate day) {
            return new FigureYear(financial, financial && day.getMonthValue() < 4 ? day.getYear() - 1 : day.getYear());
        }
    }
}
