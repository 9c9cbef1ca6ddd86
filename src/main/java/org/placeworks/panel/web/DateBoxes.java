package org.placeworks.panel.web;

/** What was typed into the day, month and year boxes of a date input, to show it again. */
public record DateBoxes(String day, String month, String year) {

    static final DateBoxes EMPTY = new DateBoxes("", "", "");
}
