package org.placeworks.access;

/** What decides a route: nothing, the role alone, or the rules for one kind of record. */
enum Need {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Signing out: anyone, with the form's CSRF token; it ends the session (303), whatever the role. */
    SIGN_OUT,
    /** Anyone, signed in or not, with a machine client's key (Open311): without one, refused with 403 whoever asks. */
    CLIENT_KEY,
    /** The roles the route names, and nothing about any record (lists, new-record forms, administration). */
    ROLE,
    /**
     * An action with nothing to fill in that any of the roles it names may run at will (running the retention review
     * now): it runs and sends them back (303); anyone else is refused (403).
     */
    RUN_NOW,
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
    /** Reading an estate record (an issue): its owning service's estate officers and managers, managers over its ground. */
    ESTATE_READ,
    /** Changing an estate record: its owning service's estate officers and managers (a manager who only reads it: 403). */
    ESTATE_CHANGE,

    // Community engagement on the estate.
    /** Reading an engagement event: an active member of its service, a manager whose Estate Services ground holds its place. */
    ENGAGEMENT_READ,
    /** Changing an engagement event or its actions: an estate officer or manager of its service. */
    ENGAGEMENT_CHANGE,

    /** Reading a confidential report: intelligence officers whose ground holds its place, all of them when it is outside our area. */
    REPORT_READ,

    // Community Intelligence: triage.
    /** Reading a report passed on to a service: the active members of that service, any role. */
    PASSED_ON_READ,
    /** A request for support from a report passed on: the receiving early help service's caseworkers only. */
    PASSED_ON_REFERRAL,

    // Community Intelligence: ASB Case Reviews.
    /** An ASB Case Review and the location or victim it is about: intelligence officers whose ground holds the place. */
    CASE_REVIEW
}
