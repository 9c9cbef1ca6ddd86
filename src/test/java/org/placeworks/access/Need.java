package org.placeworks.access;

/** What decides a route: nothing, the role alone, or the rules for one kind of record. */
enum Need {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** The roles the route names, and nothing about any record (lists, new-record forms, administration). */
    ROLE,
    /** Reading an early help case. */
    CASE_READ,
    /** Changing an early help case. */
    CASE_CHANGE,
    /** Moving a case to another service: a manager of the owning service. */
    CASE_REASSIGN,
    /** Updating one plan action of a case. */
    CASE_ACTION,
    /** Recording a contact or case note, or adding to one: whoever may change the case, and its current Team members. */
    CASE_NOTE,
    /** Correcting a case note: its author alone (the Team member who wrote the one tried). */
    NOTE_EDIT,
    /** Reading a panel meeting: its agenda and minutes. */
    MEETING_READ,
    /** Reading one agenda item of a meeting. */
    ITEM_READ,
    /** Reading a grant fund: its page and exports. */
    FUND_READ,
    /** Reading a grant request. */
    GRANT_READ,
    /** Reading a family or a person in it. */
    FAMILY_READ,
    /** Changing a family or a person in it. */
    FAMILY_CHANGE,
    /** Reading a document by its id: whoever may read the case or the family it is kept on (403 for a case's flag). */
    DOCUMENT_READ,
    /** Reading a confidential report: intelligence officers whose ground holds its place, all of them when it is outside our area. */
    REPORT_READ,
    /** An ASB Case Review and the location or victim it is about: intelligence officers whose ground holds the place. */
    CASE_REVIEW
}
