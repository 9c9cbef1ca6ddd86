package org.placeworks.access;

import static org.placeworks.access.Sight.CHANGE;
import static org.placeworks.access.Sight.FLAG;
import static org.placeworks.access.Sight.NONE;
import static org.placeworks.access.Sight.OWN_ACTIONS;
import static org.placeworks.access.Sight.READ;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answer of every cell, declared once: for each person, what they get on each of the
 * demo town's records that the rules tell apart. Columns are records in a given state:
 * <ul>
 * <li>cases: {@code BEGUM} Family Support's own case in Northgate, with a Team; {@code PATEL} School
 * Nursing's case in Southbank, led by someone from outside School Nursing; {@code REFUSED} Family
 * Support's case in Southbank whose family refused the NHS trust; {@code MURPHY} closed;
 * {@code OKONKWO} still awaiting consent;</li>
 * <li>families: the Begum family (Northgate) and the Patel family (Southbank).</li>
 * </ul>
 * A manager of the owning service changes its cases as its staff do (and may move them to another
 * service). A Team member or lead professional from outside the owning service reads the family of their case and changes nothing of it. People without a casework
 * role never reach these records (403 from the route's roles), so their rows say NONE.
 */
final class NeedToKnow {

    enum CaseRecord {
        BEGUM("Begum family"), PATEL("Patel family"), REFUSED("Lewis family"), MURPHY("Murphy family"), OKONKWO("Okonkwo family");

        final String familyName;

        CaseRecord(String familyName) {
            this.familyName = familyName;
        }
    }

    enum FamilyRecord {
        BEGUM("Begum family"), PATEL("Patel family");

        final String familyName;

        FamilyRecord(String familyName) {
            this.familyName = familyName;
        }
    }

    /** This month's published Thornbury panel meeting, and its items for the Nolans (all agencies allowed) and the Quinns (police refused). */
    enum PanelRecord {
        MEETING, NOLAN_ITEM, QUINN_ITEM
    }

    /** The Thornbury fund (Family Support Thornbury's, decided by the Thornbury panel) and a paid request from a Family Support case. */
    enum GrantRecord {
        FUND, REQUEST
    }

    /** The demo's walkabout on Millbrook Estate (Mill Lane), held by the Housing Estate Team, with an open action. */
    enum EngagementRecord {
        WALKABOUT
    }

    private static final Map<Persona, List<Sight>> ENGAGEMENT = new EnumMap<>(Persona.class);
    /** Demo reports passed on: one to the police (Neighbourhood Policing Thornbury North), one to the Housing Estate Team. */
    enum PassedOnRecord {
        POLICE("Neighbourhood Policing Thornbury North"), HOUSING("Housing Estate Team");

        final String serviceName;

        PassedOnRecord(String serviceName) {
            this.serviceName = serviceName;
        }
    }

    private static final Map<Persona, List<Sight>> PASSED_ON = new EnumMap<>(Persona.class);
    private static final Map<Persona, List<Sight>> CASES = new EnumMap<>(Persona.class);
    private static final Map<Persona, List<Sight>> PANELS = new EnumMap<>(Persona.class);
    private static final Map<Persona, List<Sight>> GRANTS = new EnumMap<>(Persona.class);
    private static final Map<Persona, List<Sight>> FAMILIES = new EnumMap<>(Persona.class);

    static {
        //                                     BEGUM        PATEL   REFUSED MURPHY  OKONKWO
        cases(Persona.NOBODY,                  NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.FRONTLINE,               CHANGE,      FLAG,   CHANGE, CHANGE, CHANGE);
        cases(Persona.SCHOOL_NURSE,            OWN_ACTIONS, CHANGE, NONE,   NONE,   NONE);
        cases(Persona.CHAIR,                   CHANGE,      FLAG,   CHANGE, CHANGE, CHANGE);
        cases(Persona.MANAGER,                 CHANGE,      FLAG,   CHANGE, CHANGE, CHANGE);
        cases(Persona.ESTATE,                  NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.INTEL,                   NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.ADMIN,                   NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.PANEL_MEMBER,            NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.TEAM_MEMBER,             OWN_ACTIONS, NONE,   NONE,   NONE,   NONE);
        cases(Persona.FORMER_TEAM_MEMBER,      NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.OUTSIDE_LEAD,            NONE,        CHANGE, NONE,   NONE,   NONE);
        cases(Persona.LEAVER,                  NONE,        NONE,   NONE,   NONE,   NONE);
        cases(Persona.OTHER_MANAGER,           NONE,        CHANGE, NONE,   NONE,   NONE);
        cases(Persona.FINANCE,                 NONE,        NONE,   NONE,   NONE,   NONE);
        // The data protection officer holds no service: no record through these routes (subject access has routes of its own).
        cases(Persona.DPO,                     NONE, NONE, NONE, NONE, NONE);

        //                                     BEGUM   PATEL
        families(Persona.NOBODY,               NONE,   NONE);
        families(Persona.FRONTLINE,            CHANGE, CHANGE);
        families(Persona.SCHOOL_NURSE,         READ,   CHANGE);
        families(Persona.CHAIR,                CHANGE, CHANGE);
        families(Persona.MANAGER,              CHANGE, CHANGE);
        families(Persona.ESTATE,               NONE,   NONE);
        families(Persona.INTEL,                NONE,   NONE);
        families(Persona.ADMIN,                NONE,   NONE);
        families(Persona.PANEL_MEMBER,         NONE,   NONE);
        families(Persona.TEAM_MEMBER,          READ,   NONE);
        families(Persona.FORMER_TEAM_MEMBER,   NONE,   NONE);
        families(Persona.OUTSIDE_LEAD,         NONE,   READ);
        families(Persona.LEAVER,               NONE,   NONE);
        families(Persona.OTHER_MANAGER,        NONE,   CHANGE);
        families(Persona.FINANCE,              NONE,   NONE);
        families(Persona.DPO,                  NONE, NONE);
    }

    static {
        // The panel: managers and chairs within its locality, members of agencies the family allowed.
        //                                     MEETING NOLAN   QUINN
        panels(Persona.NOBODY,                 NONE,   NONE,   NONE);
        panels(Persona.FRONTLINE,              NONE,   NONE,   NONE);
        panels(Persona.SCHOOL_NURSE,           NONE,   NONE,   NONE);
        panels(Persona.CHAIR,                  READ,   READ,   READ);
        panels(Persona.MANAGER,                READ,   READ,   READ);
        panels(Persona.ESTATE,                 NONE,   NONE,   NONE);
        panels(Persona.INTEL,                  NONE,   NONE,   NONE);
        panels(Persona.ADMIN,                  NONE,   NONE,   NONE);
        panels(Persona.PANEL_MEMBER,           READ,   READ,   NONE);
        panels(Persona.TEAM_MEMBER,            NONE,   NONE,   NONE);
        panels(Persona.FORMER_TEAM_MEMBER,     NONE,   NONE,   NONE);
        panels(Persona.OUTSIDE_LEAD,           NONE,   NONE,   NONE);
        panels(Persona.LEAVER,                 NONE,   NONE,   NONE);
        panels(Persona.OTHER_MANAGER,          NONE,   NONE,   NONE);
        panels(Persona.FINANCE,                NONE,   NONE,   NONE);
        panels(Persona.DPO,                    NONE, NONE, NONE);

        // Grants: the fund's service (its finance officer too, who reads a request without its case), its panel's
        // chair, managers whose boundary holds the service's.
        //                                     FUND    REQUEST
        grants(Persona.NOBODY,                 NONE,   NONE);
        grants(Persona.FRONTLINE,              READ,   READ);
        grants(Persona.SCHOOL_NURSE,           NONE,   NONE);
        grants(Persona.CHAIR,                  READ,   READ);
        grants(Persona.MANAGER,                READ,   READ);
        grants(Persona.ESTATE,                 NONE,   NONE);
        grants(Persona.INTEL,                  NONE,   NONE);
        grants(Persona.ADMIN,                  READ,   READ);
        grants(Persona.PANEL_MEMBER,           NONE,   NONE);
        grants(Persona.TEAM_MEMBER,            NONE,   NONE);
        grants(Persona.FORMER_TEAM_MEMBER,     NONE,   NONE);
        grants(Persona.OUTSIDE_LEAD,           NONE,   NONE);
        grants(Persona.LEAVER,                 NONE,   NONE);
        grants(Persona.OTHER_MANAGER,          NONE,   NONE);
        grants(Persona.FINANCE,                READ,   READ);
        grants(Persona.DPO,                    NONE, NONE);
    }

    // --- Estate Services ------------------------------------------------------------------

    /** A demo issue with a photo owned by the Housing Estate Team (the estate only), and one owned by Street Scene Thornbury (the town). */
    enum EstateRecord {
        ESTATE_TEAM("Housing Estate Team"), STREET_SCENE("Street Scene Thornbury");

        final String serviceName;

        EstateRecord(String serviceName) {
            this.serviceName = serviceName;
        }
    }

    private static final Map<Persona, List<Sight>> ESTATE = new EnumMap<>(Persona.class);

    static {
        // The owning service's estate officers and managers change an issue; a manager whose Estate Services ground holds
        // it reads it (manager is in Street Scene, which covers the town); nobody else knows of it.
        //                                     ESTATE_TEAM STREET_SCENE
        estate(Persona.NOBODY,                 NONE,   NONE);
        estate(Persona.FRONTLINE,              NONE,   NONE);
        estate(Persona.SCHOOL_NURSE,           NONE,   NONE);
        estate(Persona.CHAIR,                  NONE,   NONE);
        estate(Persona.MANAGER,                READ,   CHANGE);
        estate(Persona.ESTATE,                 CHANGE, NONE);
        estate(Persona.INTEL,                  NONE,   NONE);
        estate(Persona.ADMIN,                  NONE,   NONE);
        estate(Persona.PANEL_MEMBER,           NONE,   NONE);
        estate(Persona.TEAM_MEMBER,            NONE,   NONE);
        estate(Persona.FORMER_TEAM_MEMBER,     NONE,   NONE);
        estate(Persona.OUTSIDE_LEAD,           NONE,   NONE);
        estate(Persona.LEAVER,                 NONE,   NONE);
        estate(Persona.OTHER_MANAGER,          NONE,   NONE);
        estate(Persona.FINANCE,                NONE,   NONE);
        estate(Persona.DPO,                    NONE, NONE);
    }

    static Sight of(Persona persona, EstateRecord record) {
        return ESTATE.get(persona).get(record.ordinal());
    }

    private static void estate(Persona persona, Sight... row) {
        ESTATE.put(persona, List.of(row));
    }

    static {
        // Community engagement: the Housing Estate Team's staff change it; a manager whose Estate Services ground
        // holds the estate (Street Scene Thornbury covers the town) reads it; nobody else knows it exists.
        //                                     WALKABOUT
        engagement(Persona.NOBODY,             NONE);
        engagement(Persona.FRONTLINE,          NONE);
        engagement(Persona.SCHOOL_NURSE,       NONE);
        engagement(Persona.CHAIR,              NONE);
        engagement(Persona.MANAGER,            READ);
        engagement(Persona.ESTATE,             CHANGE);
        engagement(Persona.INTEL,              NONE);
        engagement(Persona.ADMIN,              NONE);
        engagement(Persona.PANEL_MEMBER,       NONE);
        engagement(Persona.TEAM_MEMBER,        NONE);
        engagement(Persona.FORMER_TEAM_MEMBER, NONE);
        engagement(Persona.OUTSIDE_LEAD,       NONE);
        engagement(Persona.LEAVER,             NONE);
        engagement(Persona.OTHER_MANAGER,      NONE);
        engagement(Persona.FINANCE,            NONE);
        engagement(Persona.DPO,                NONE);
    }

    static Sight of(Persona persona, EngagementRecord record) {
        return ENGAGEMENT.get(persona).get(record.ordinal());
    }

    private static void engagement(Persona persona, Sight... row) {
        ENGAGEMENT.put(persona, List.of(row));
    }

    static {
        // Passed-on reports: the receiving service's members only (the police officer; the estate officer), never the
        // intelligence officers' manager nor an administrator.
        //                                     POLICE  HOUSING
        passedOn(Persona.NOBODY,               NONE,   NONE);
        passedOn(Persona.FRONTLINE,            NONE,   NONE);
        passedOn(Persona.SCHOOL_NURSE,         NONE,   NONE);
        passedOn(Persona.CHAIR,                NONE,   NONE);
        passedOn(Persona.MANAGER,              NONE,   NONE);
        passedOn(Persona.ESTATE,               NONE,   READ);
        passedOn(Persona.INTEL,                NONE,   NONE);
        passedOn(Persona.ADMIN,                NONE,   NONE);
        passedOn(Persona.PANEL_MEMBER,         READ,   NONE);
        passedOn(Persona.TEAM_MEMBER,          NONE,   NONE);
        passedOn(Persona.FORMER_TEAM_MEMBER,   NONE,   NONE);
        passedOn(Persona.OUTSIDE_LEAD,         NONE,   NONE);
        passedOn(Persona.LEAVER,               NONE,   NONE);
        passedOn(Persona.OTHER_MANAGER,        NONE,   NONE);
        passedOn(Persona.FINANCE,              NONE,   NONE);
        passedOn(Persona.DPO,                  NONE, NONE);
    }

    static Sight of(Persona persona, PassedOnRecord record) {
        return PASSED_ON.get(persona).get(record.ordinal());
    }

    private static void passedOn(Persona persona, Sight... row) {
        PASSED_ON.put(persona, List.of(row));
    }

    /** The demo's open ASB Case Review about a house on the Millbrook Estate (the Community Safety Team's ground). */
    enum ReviewRecord {
        OPEN_REVIEW
    }

    private static final Map<Persona, List<Sight>> REVIEWS = new EnumMap<>(Persona.class);

    static {
        // Only intelligence officers reach a case review (the routes' role); one whose ground holds its place changes it.
        for (Persona persona : Persona.values()) {
            REVIEWS.put(persona, List.of(persona == Persona.INTEL ? CHANGE : NONE));
        }
    }

    static Sight of(Persona persona, ReviewRecord record) {
        return REVIEWS.get(persona).get(record.ordinal());
    }

    private NeedToKnow() {
    }

    static Sight of(Persona persona, CaseRecord record) {
        return CASES.get(persona).get(record.ordinal());
    }

    static Sight of(Persona persona, FamilyRecord record) {
        return FAMILIES.get(persona).get(record.ordinal());
    }

    static Sight of(Persona persona, PanelRecord record) {
        return PANELS.get(persona).get(record.ordinal());
    }

    static Sight of(Persona persona, GrantRecord record) {
        return GRANTS.get(persona).get(record.ordinal());
    }

    private static void panels(Persona persona, Sight... row) {
        PANELS.put(persona, List.of(row));
    }

    private static void grants(Persona persona, Sight... row) {
        GRANTS.put(persona, List.of(row));
    }

    private static void cases(Persona persona, Sight... row) {
        CASES.put(persona, List.of(row));
    }

    private static void families(Persona persona, Sight... row) {
        FAMILIES.put(persona, List.of(row));
    }

    // --- Confidential reports (Community Intelligence) ---------------------------------------------------
    /** Demo reports: one in the town (the Community Safety Team's ground, which is the intel officer's), one outside our area. */
    enum ReportRecord {
        IN_TOWN, OUTSIDE
    }

    private static final Map<Persona, List<Sight>> REPORTS = new EnumMap<>(Persona.class);

    static {
        // Only intelligence officers read a report: their ground, and everything outside our area. Managers and
        // administrators too are told it does not exist. (Everyone else is refused by role first.)
        for (Persona persona : Persona.values()) {
            REPORTS.put(persona, persona == Persona.INTEL ? List.of(READ, READ) : List.of(NONE, NONE));
        }
    }

    static Sight of(Persona persona, ReportRecord record) {
        return REPORTS.get(persona).get(record.ordinal());
    }
}
