package org.placeworks.access;

import static org.placeworks.access.Need.CASE_ACTION;
import static org.placeworks.access.Need.CASE_CHANGE;
import static org.placeworks.access.Need.CASE_NOTE;
import static org.placeworks.access.Need.CASE_READ;
import static org.placeworks.access.Need.CASE_REASSIGN;
import static org.placeworks.access.Need.DOCUMENT_READ;
import static org.placeworks.access.Need.FAMILY_CHANGE;
import static org.placeworks.access.Need.FAMILY_READ;
import static org.placeworks.access.Need.PUBLIC;
import static org.placeworks.access.Need.NOTE_EDIT;
import static org.placeworks.access.Need.ROLE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.placeworks.identity.Roles;

/**
 * The route table's access column: for every route the application serves, who may use it at all
 * (roles) and which record's rules then decide (the {@link Need}). {@link AccessMatrixTest} fails
 * when a route has no row here, so nobody adds a page without saying who may open it.
 */
final class Routes {

    /** {@code query} is how the route is given its record when that comes as a query parameter ({@code caseId={id}}). */
    record Rule(Set<String> roles, Need need, String query) {
    }

    static final Set<String> ANY_STAFF = Set.copyOf(Roles.ALL);
    static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    /** The audit trail: the data protection officer and administrators. */
    static final Set<String> AUDITORS = Set.of(Roles.ADMIN, Roles.DPO);
    /** Who reviews records opened by breaking glass: the data protection officer (all) and managers (their staff's). */
    static final Set<String> GLASS_REVIEWERS = Set.of(Roles.DPO, Roles.MANAGER);
    /** Subject access requests: the data protection officer alone. */
    static final Set<String> SUBJECT_ACCESS = Set.of(Roles.DPO);
    static final Set<String> CASEWORK = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.MANAGER);
    static final Set<String> REQUESTERS = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER);
    static final Set<String> PANEL = Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER);
    static final Set<String> PANEL_PAGES = Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER, Roles.ADMIN);
    static final Set<String> SETS_UP_PANELS = Set.of(Roles.ADMIN, Roles.MANAGER);
    static final Set<String> CHAIR = Set.of(Roles.PANEL_CHAIR);
    static final Set<String> FUNDS = Set.of(Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE);
    /** Who reads a grant request: those who ask and decide, and finance (without the case). */
    static final Set<String> GRANT_READERS = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER,
            Roles.FINANCE);
    static final Set<String> FINANCE = Set.of(Roles.FINANCE);
    /** Who cancels an approved award before it is paid: the chair of the fund's panel, a manager who sees the fund. */
    static final Set<String> CANCELLERS = Set.of(Roles.PANEL_CHAIR, Roles.MANAGER);
    static final Set<String> MANAGER = Set.of(Roles.MANAGER);
    /** Insight: managers and administrators, for the neighbourhoods they cover. */
    static final Set<String> INSIGHT = Set.of(Roles.MANAGER, Roles.ADMIN);
    static final Set<String> PLACES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
            Roles.ESTATE_OFFICER, Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN);

    static final Map<String, Rule> TABLE = new LinkedHashMap<>();

    /** Estate Services: its estate officers and managers. */
    static final Set<String> ESTATE = Set.of(Roles.ESTATE_OFFICER, Roles.MANAGER);

    static {
        // Open to all, and the signed-in basics.
        row("GET /assets/{file}", null, PUBLIC);
        row("GET /signed-out", null, PUBLIC);
        row("GET /accessibility", null, PUBLIC);
        row("POST /sign-out", null, Need.SIGN_OUT);
        row("GET /", ANY_STAFF, ROLE);
        row("GET /api/v1/me", ANY_STAFF, ROLE);
        row("GET /coverage", ANY_STAFF, ROLE);
        row("GET /coverage/{addressId}", ANY_STAFF, ROLE);
        row("GET /api/v1/coverage", PLACES, ROLE);
        row("GET /api/v1/coverage/{addressId}", PLACES, ROLE);

        // Administration: population figures for the areas (geography owns the write, insight reads them).
        row("GET /admin/areas/populations", ADMIN, ROLE);
        row("POST /admin/areas/populations", ADMIN, ROLE);

        // Administration: places, services, staff.
        for (String route : new String[] {"GET /admin/addresses", "POST /admin/addresses", "GET /admin/addresses/import",
            "POST /admin/addresses/import", "GET /admin/addresses/new", "GET /admin/addresses/{id}", "GET /admin/addresses/{id}/edit",
            "POST /admin/addresses/{id}/edit", "GET /admin/agencies", "POST /admin/agencies", "GET /admin/areas", "POST /admin/areas",
            "GET /admin/areas/import", "POST /admin/areas/import", "POST /admin/areas/import/boundaries", "GET /admin/areas/new",
            "GET /admin/areas/{id}", "GET /admin/areas/{id}/boundary", "POST /admin/areas/{id}/boundary",
            "GET /admin/areas/{id}/boundary.geojson", "GET /admin/areas/{id}/edit", "POST /admin/areas/{id}/edit",
            "POST /admin/areas/{id}/neighbourhoods", "GET /admin/services", "POST /admin/services", "GET /admin/services/new",
            "GET /admin/services/{id}", "POST /admin/services/{id}", "GET /admin/services/{id}/edit", "GET /admin/staff",
            "GET /admin/staff/invite", "POST /admin/staff/invite", "GET /admin/staff/{id}", "POST /admin/staff/{id}/access",
            "GET /admin/staff/{id}/disable", "POST /admin/staff/{id}/disable", "GET /admin/strands", "POST /admin/strands",
            "POST /admin/strands/{id}/stop",
            "GET /api/v1/addresses", "POST /api/v1/addresses", "GET /api/v1/addresses/{id}", "PUT /api/v1/addresses/{id}",
            "GET /api/v1/agencies", "POST /api/v1/agencies", "POST /api/v1/areas", "PUT /api/v1/areas/{id}",
            "PUT /api/v1/areas/{id}/boundary", "POST /api/v1/imports/addresses", "POST /api/v1/imports/areas",
            "POST /api/v1/imports/boundaries", "GET /api/v1/services", "POST /api/v1/services", "GET /api/v1/services/{id}",
            "PUT /api/v1/services/{id}", "GET /api/v1/staff", "POST /api/v1/staff", "GET /api/v1/staff/{id}",
            "PUT /api/v1/staff/{id}/access", "POST /api/v1/staff/{id}/disable", "GET /api/v1/strand-deliveries",
            "POST /api/v1/strand-deliveries", "DELETE /api/v1/strand-deliveries/{id}"}) {
            row(route, ADMIN, ROLE);
        }
        row("GET /api/v1/areas", PLACES, ROLE);
        row("GET /api/v1/areas/{id}", PLACES, ROLE);
        row("GET /api/v1/areas/{id}/boundary", PLACES, ROLE);

        // Families and people.
        row("GET /families", CASEWORK, ROLE);
        row("GET /families/new", CASEWORK, ROLE);
        row("POST /families/new", CASEWORK, ROLE);
        row("GET /families/{id}", CASEWORK, FAMILY_READ);
        row("GET /families/{id}/people/new", CASEWORK, FAMILY_CHANGE);
        row("POST /families/{id}/people/new", CASEWORK, FAMILY_CHANGE);
        row("GET /people/{id}", CASEWORK, FAMILY_READ);
        row("GET /people/{id}/edit", CASEWORK, FAMILY_CHANGE);
        row("POST /people/{id}/edit", CASEWORK, FAMILY_CHANGE);
        row("GET /people/{id}/merge", CASEWORK, FAMILY_CHANGE);
        row("POST /people/{id}/merge", CASEWORK, FAMILY_CHANGE);
        row("POST /api/v1/families", CASEWORK, ROLE);
        row("GET /api/v1/families/{id}", CASEWORK, FAMILY_READ);
        row("POST /api/v1/families/{id}/people", CASEWORK, FAMILY_CHANGE);
        row("GET /api/v1/families/{id}/timeline", CASEWORK, FAMILY_READ);
        row("POST /api/v1/families/{id}/shares", CASEWORK, FAMILY_CHANGE);
        row("DELETE /api/v1/families/{id}/shares/{staffId}", CASEWORK, FAMILY_CHANGE);
        // Moves: address history, temporary accommodation and no fixed abode, by whoever may change the family.
        row("GET /families/{id}/moves/new", CASEWORK, FAMILY_CHANGE);
        row("POST /families/{id}/moves/new", CASEWORK, FAMILY_CHANGE);
        row("POST /api/v1/families/{id}/moves", CASEWORK, FAMILY_CHANGE);
        row("GET /api/v1/people", CASEWORK, ROLE, "name=Begum");
        row("GET /api/v1/people/{id}", CASEWORK, FAMILY_READ);
        row("PUT /api/v1/people/{id}", CASEWORK, FAMILY_CHANGE);
        row("POST /api/v1/people/{id}/merges", CASEWORK, FAMILY_CHANGE);

        // Early help cases.
        row("GET /cases", CASEWORK, ROLE);
        // "All cases in my area" as a streamed CSV: managers and panel chairs, who have that list.
        row("GET /cases.csv", Set.of(Roles.PANEL_CHAIR, Roles.MANAGER), ROLE, "scope=all");
        row("GET /cases/new", CASEWORK, FAMILY_CHANGE, "familyId={id}");
        row("POST /cases/new", CASEWORK, FAMILY_CHANGE, "familyId={id}");
        row("GET /cases/new/referral", CASEWORK, FAMILY_CHANGE, "familyId={id}");
        row("POST /cases/new/referral", CASEWORK, FAMILY_CHANGE, "familyId={id}");
        row("GET /cases/step-down", CASEWORK, FAMILY_CHANGE, "familyId={id}");
        row("POST /cases/step-down", CASEWORK, FAMILY_CHANGE, "familyId={id}");
        row("GET /api/v1/cases", CASEWORK, ROLE);
        row("POST /api/v1/referrals", CASEWORK, ROLE);
        row("GET /cases/{id}", CASEWORK, CASE_READ);
        row("GET /api/v1/cases/{id}", CASEWORK, CASE_READ);
        for (String step : new String[] {"actions/new", "assessment", "close", "consent", "consent/withdraw", "lead-professional",
            "reviews/new", "step-up", "team"}) {
            row("GET /cases/{id}/" + step, CASEWORK, CASE_CHANGE);
            row("POST /cases/{id}/" + step, CASEWORK, CASE_CHANGE);
        }
        row("POST /cases/{id}/team/remove", CASEWORK, CASE_CHANGE);
        row("GET /cases/{id}/consent/amend", CASEWORK, CASE_CHANGE);
        row("POST /cases/{id}/consent/amend", CASEWORK, CASE_CHANGE);
        row("POST /api/v1/cases/{id}/consent", CASEWORK, CASE_CHANGE);
        row("GET /cases/{id}/owner", CASEWORK, CASE_REASSIGN);
        row("POST /cases/{id}/owner", CASEWORK, CASE_REASSIGN);
        // Transfers between services: offered by whoever may change the case; answered by the receiving service's staff,
        // who see the case while it is offered (with nothing offered, the answer form sends a reader to the case: 303, 409).
        row("GET /cases/transfers", CASEWORK, ROLE);
        row("GET /api/v1/transfers/incoming", CASEWORK, ROLE);
        row("GET /cases/{id}/transfer", CASEWORK, CASE_CHANGE);
        row("POST /cases/{id}/transfer", CASEWORK, CASE_CHANGE);
        row("POST /api/v1/cases/{id}/transfer", CASEWORK, CASE_CHANGE);
        row("GET /cases/{id}/transfer/decision", CASEWORK, CASE_READ);
        row("POST /cases/{id}/transfer/decision", CASEWORK, CASE_READ);
        row("POST /api/v1/cases/{id}/transfer/decision", CASEWORK, CASE_READ);
        row("GET /api/v1/cases/{id}/transfers", CASEWORK, CASE_READ);
        row("GET /cases/{id}/actions/{actionId}", CASEWORK, CASE_ACTION);
        row("POST /cases/{id}/actions/{actionId}", CASEWORK, CASE_ACTION);
        // The loops a case must close: the referral decision, children's social care's answer, a call to the referrer.
        for (String step : new String[] {"referral-decision", "step-up/decision"}) {
            row("GET /cases/{id}/" + step, CASEWORK, CASE_CHANGE);
            row("POST /cases/{id}/" + step, CASEWORK, CASE_CHANGE);
        }
        row("POST /cases/{id}/referrer-call", CASEWORK, CASE_CHANGE);
        for (String step : new String[] {"referral-decision", "closure", "step-up", "step-up/decision"}) {
            row("POST /api/v1/cases/{id}/" + step, CASEWORK, CASE_CHANGE);
        }
        // Sign-off: a manager of the owning service, as for moving the case (never their own request).
        row("GET /cases/{id}/sign-off", CASEWORK, CASE_REASSIGN);
        row("POST /cases/{id}/sign-off", CASEWORK, CASE_REASSIGN);
        row("POST /api/v1/cases/{id}/sign-off", CASEWORK, CASE_REASSIGN);
        row("GET /cases/sign-off", MANAGER, ROLE);
        row("GET /cases/sign-off/settings", Set.of(Roles.MANAGER, Roles.ADMIN), ROLE);
        row("GET /cases/sign-off/settings/{serviceId}", Set.of(Roles.MANAGER, Roles.ADMIN), ROLE);
        row("POST /cases/sign-off/settings/{serviceId}", Set.of(Roles.MANAGER, Roles.ADMIN), ROLE);
        row("GET /cases/reminders", CASEWORK, ROLE);
        row("POST /cases/reminders", CASEWORK, ROLE);
        // Contacts and case notes: recorded and added to by whoever may change the case and its Team, corrected by the author.
        row("GET /cases/{id}/notes/new", CASEWORK, CASE_NOTE);
        row("POST /cases/{id}/notes/new", CASEWORK, CASE_NOTE);
        row("GET /cases/{id}/notes/{noteId}", CASEWORK, CASE_READ);
        row("GET /cases/{id}/notes/{noteId}/edit", CASEWORK, NOTE_EDIT);
        row("POST /cases/{id}/notes/{noteId}/edit", CASEWORK, NOTE_EDIT);
        row("GET /cases/{id}/notes/{noteId}/addendum", CASEWORK, CASE_NOTE);
        row("POST /cases/{id}/notes/{noteId}/addendum", CASEWORK, CASE_NOTE);
        row("GET /api/v1/cases/{id}/notes", CASEWORK, CASE_READ);
        row("POST /api/v1/cases/{id}/notes", CASEWORK, CASE_NOTE);
        row("GET /api/v1/cases/{id}/notes/{noteId}", CASEWORK, CASE_READ);
        row("PUT /api/v1/cases/{id}/notes/{noteId}", CASEWORK, NOTE_EDIT);
        row("POST /api/v1/cases/{id}/notes/{noteId}/addenda", CASEWORK, CASE_NOTE);
        // Case recording: the steps after consent over the API, TAF meetings, re-assessment.
        row("PUT /api/v1/cases/{id}/assessment", CASEWORK, CASE_CHANGE);
        row("POST /api/v1/cases/{id}/reassessments", CASEWORK, CASE_CHANGE);
        row("GET /api/v1/cases/{id}/earlier-assessments", CASEWORK, CASE_READ);
        row("PUT /api/v1/cases/{id}/lead-professional", CASEWORK, CASE_CHANGE);
        row("POST /api/v1/cases/{id}/team", CASEWORK, CASE_CHANGE);
        row("DELETE /api/v1/cases/{id}/team/{staffId}", CASEWORK, CASE_CHANGE);
        row("POST /api/v1/cases/{id}/plan/actions", CASEWORK, CASE_CHANGE);
        row("PUT /api/v1/cases/{id}/plan/actions/{actionId}", CASEWORK, CASE_ACTION);
        row("POST /api/v1/cases/{id}/reviews", CASEWORK, CASE_CHANGE);
        row("GET /api/v1/cases/{id}/taf-meetings", CASEWORK, CASE_READ);
        row("POST /api/v1/cases/{id}/taf-meetings", CASEWORK, CASE_CHANGE);
        row("GET /cases/{id}/taf-meetings/new", CASEWORK, CASE_CHANGE);
        row("POST /cases/{id}/taf-meetings/new", CASEWORK, CASE_CHANGE);
        row("GET /cases/{id}/reassessment", CASEWORK, CASE_CHANGE);
        row("POST /cases/{id}/reassessment", CASEWORK, CASE_CHANGE);
        row("GET /api/v1/cases/{id}/children/{personId}/assessments", CASEWORK, CASE_READ);
        row("POST /api/v1/cases/{id}/children/{personId}/assessments", CASEWORK, CASE_CHANGE);
        row("GET /cases/{id}/children/{personId}/assessment", CASEWORK, CASE_CHANGE);
        row("POST /cases/{id}/children/{personId}/assessment", CASEWORK, CASE_CHANGE);

        // Documents: added to a case by whoever may record contacts on it, to a family by whoever may change it; read
        // (listed, downloaded) by whoever sees the case or the family. By a document's id: tried on one of each case and family.
        row("GET /cases/{id}/documents/new", CASEWORK, CASE_NOTE);
        row("POST /cases/{id}/documents/new", CASEWORK, CASE_NOTE);
        row("GET /api/v1/cases/{id}/documents", CASEWORK, CASE_READ);
        row("POST /api/v1/cases/{id}/documents", CASEWORK, CASE_NOTE);
        row("GET /families/{id}/documents/new", CASEWORK, FAMILY_CHANGE);
        row("POST /families/{id}/documents/new", CASEWORK, FAMILY_CHANGE);
        row("GET /api/v1/families/{id}/documents", CASEWORK, FAMILY_READ);
        row("POST /api/v1/families/{id}/documents", CASEWORK, FAMILY_CHANGE);
        row("GET /documents/{id}/download", CASEWORK, DOCUMENT_READ);
        row("GET /api/v1/documents/{id}", CASEWORK, DOCUMENT_READ);
        row("GET /api/v1/documents/{id}/content", CASEWORK, DOCUMENT_READ);

        // The panel.
        row("GET /panel", PANEL_PAGES, ROLE);
        row("GET /panel/new", SETS_UP_PANELS, ROLE);
        row("POST /panel/new", SETS_UP_PANELS, ROLE);
        row("GET /panel/{id}", PANEL_PAGES, ROLE);
        row("GET /panel/{id}/edit", SETS_UP_PANELS, ROLE);
        row("POST /panel/{id}/edit", SETS_UP_PANELS, ROLE);
        row("POST /panel/{id}/members", SETS_UP_PANELS, ROLE);
        row("POST /panel/{id}/members/{memberId}/remove", SETS_UP_PANELS, ROLE);
        row("POST /panel/{id}/meetings", PANEL_PAGES, ROLE);
        row("POST /panel/{id}/deputy", SETS_UP_PANELS, ROLE);
        row("POST /panel/{id}/quorum-agencies", SETS_UP_PANELS, ROLE);
        row("GET /panel/{id}/months", SETS_UP_PANELS, ROLE);
        row("POST /panel/{id}/months", SETS_UP_PANELS, ROLE);
        row("GET /api/v1/panels/{id}/months", SETS_UP_PANELS, ROLE);
        row("PUT /api/v1/panels/{id}/months", SETS_UP_PANELS, ROLE);
        row("GET /panel/actions", Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER, Roles.FRONTLINE,
                Roles.LEAD_PROFESSIONAL), ROLE);
        row("POST /panel/actions/{id}/done", Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER, Roles.FRONTLINE,
                Roles.LEAD_PROFESSIONAL), ROLE);
        row("GET /panel/bring", REQUESTERS, CASE_CHANGE, "caseId={id}");
        row("POST /panel/bring", REQUESTERS, CASE_CHANGE, "caseId={id}");
        row("GET /panel/meetings/{id}", PANEL, Need.MEETING_READ);
        row("GET /panel/meetings/{id}/items/{itemId}", PANEL, Need.ITEM_READ);
        row("POST /panel/meetings/{id}/publish", PANEL, ROLE);
        row("POST /panel/meetings/{id}/items/{itemId}/move", PANEL, ROLE);
        row("POST /panel/meetings/{id}/items/{itemId}/urgent", PANEL, ROLE);
        row("GET /panel/meetings/{id}/minutes", PANEL, ROLE);
        row("GET /panel/meetings/{id}/minutes.pdf", PANEL, ROLE);
        for (String chairOnly : new String[] {"GET /panel/meetings/{id}/run", "POST /panel/meetings/{id}/attendance",
            "POST /panel/meetings/{id}/start", "POST /panel/meetings/{id}/quorum", "POST /panel/meetings/{id}/items/{itemId}/declarations",
            "POST /panel/meetings/{id}/items/{itemId}/decision", "POST /panel/meetings/{id}/items/{itemId}/actions",
            "POST /panel/meetings/{id}/close", "POST /panel/meetings/{id}/cancel", "POST /panel/meetings/{id}/reschedule",
            "POST /api/v1/meetings/{id}/cancellation", "POST /api/v1/meetings/{id}/new-date",
            "POST /api/v1/meetings/{id}/items/{itemId}/decision",
            "POST /api/v1/meetings/{id}/items/{itemId}/actions", "POST /api/v1/meetings/{id}/publication",
            "PUT /api/v1/meetings/{id}/attendance", "POST /api/v1/meetings/{id}/session",
            "POST /api/v1/meetings/{id}/closure",
            // Declarations of interest, the minutes of the last meeting agreed, and the minutes' drafting and circulation.
            "POST /panel/meetings/{id}/items/{itemId}/interests", "POST /panel/meetings/{id}/last-minutes",
            "POST /panel/meetings/{id}/minutes/revisions", "POST /panel/meetings/{id}/minutes/circulation",
            "POST /api/v1/meetings/{id}/items/{itemId}/interests", "POST /api/v1/meetings/{id}/minutes/revisions",
            "POST /api/v1/meetings/{id}/minutes/circulation", "POST /api/v1/meetings/{id}/last-minutes/agreement"}) {
            row(chairOnly, CHAIR, ROLE);
        }
        row("GET /api/v1/panels", PANEL, ROLE);
        row("GET /api/v1/panels/{id}/meetings", PANEL, ROLE);
        row("GET /api/v1/meetings/{id}/agenda", PANEL, Need.MEETING_READ);
        row("GET /api/v1/meetings/{id}/minutes", PANEL, ROLE);
        row("POST /api/v1/panels/{id}/quorum-agencies", SETS_UP_PANELS, ROLE);
        row("GET /api/v1/panel-actions", PANEL, ROLE);
        row("POST /api/v1/agenda-items", REQUESTERS, ROLE);

        // Grants.
        row("GET /grants", FUNDS, ROLE);
        row("GET /grants/funds/new", MANAGER, ROLE);
        row("POST /grants/funds", MANAGER, ROLE);
        row("GET /grants/funds/{id}", FUNDS, Need.FUND_READ);
        row("GET /grants/funds/{id}/finance-return.csv", FUNDS, Need.FUND_READ, "month={month}");
        row("GET /grants/funds/{id}/awards.csv", MANAGER, Need.FUND_READ);
        // Virement and year end: a manager of the fund's service changes; whoever sees the fund reads what was unpaid.
        row("GET /grants/funds/{id}/budget", MANAGER, Need.FUND_READ);
        row("POST /grants/funds/{id}/budget", MANAGER, Need.FUND_READ);
        row("GET /grants/funds/{id}/year-end", FUNDS, Need.FUND_READ);
        row("POST /grants/funds/{id}/year-end", MANAGER, Need.FUND_READ);
        row("GET /grants/funds/{id}/unpaid.csv", FUNDS, Need.FUND_READ);
        row("GET /grants/requests", REQUESTERS, CASE_READ, "caseId={id}");
        row("GET /grants/requests/new", REQUESTERS, CASE_CHANGE, "caseId={id}");
        row("POST /grants/requests", REQUESTERS, ROLE);
        row("GET /grants/requests/{id}", GRANT_READERS, Need.GRANT_READ);
        row("POST /grants/requests/{id}/decision", CHAIR, ROLE);
        row("POST /grants/requests/{id}/payment", FINANCE, Need.GRANT_READ);
        row("POST /grants/requests/{id}/cancellation", CANCELLERS, Need.GRANT_READ);
        row("POST /grants/requests/{id}/panel", REQUESTERS, ROLE);
        row("GET /grants/requests/{id}/receipt", GRANT_READERS, ROLE);
        row("GET /api/v1/funds", FUNDS, ROLE);
        row("GET /api/v1/funds/{id}", FUNDS, Need.FUND_READ);
        row("GET /api/v1/funds/{id}/ledger", FUNDS, Need.FUND_READ);
        row("GET /api/v1/funds/{id}/unpaid", FUNDS, Need.FUND_READ);
        row("POST /api/v1/funds/{id}/budget-changes", MANAGER, Need.FUND_READ);
        row("POST /api/v1/funds/{id}/year-end", MANAGER, Need.FUND_READ);
        row("POST /api/v1/grant-requests", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.MANAGER), ROLE);
        row("GET /api/v1/grant-requests/{id}", GRANT_READERS, Need.GRANT_READ);
        row("POST /api/v1/grant-requests/{id}/decision", CHAIR, ROLE);
        row("POST /api/v1/grant-requests/{id}/payment", FINANCE, Need.GRANT_READ);
        row("POST /api/v1/grant-requests/{id}/cancellation", CANCELLERS, Need.GRANT_READ);

        // ASB Case Review (Community Trigger): officers; managers see the lists and figures (counts and clocks only).
        Set<String> officer = Set.of(Roles.INTELLIGENCE_OFFICER);
        Set<String> officerOrManager = Set.of(Roles.INTELLIGENCE_OFFICER, Roles.MANAGER);
        row("GET /intelligence/community-trigger", officerOrManager, ROLE);
        row("GET /intelligence/case-reviews", officerOrManager, ROLE);
        row("GET /intelligence/case-reviews/figures", officerOrManager, ROLE);
        row("GET /intelligence/case-reviews/figures.csv", officerOrManager, ROLE);
        row("POST /intelligence/case-reviews", officer, ROLE);
        row("GET /intelligence/case-reviews/new", officer, Need.CASE_REVIEW, "subject={subject}");
        for (String route : new String[] {"GET /intelligence/case-reviews/{id}", "POST /intelligence/case-reviews/{id}/acknowledge",
            "POST /intelligence/case-reviews/{id}/decision", "POST /intelligence/case-reviews/{id}/meeting",
            "POST /intelligence/case-reviews/{id}/close"}) {
            row(route, officer, Need.CASE_REVIEW);
        }

        // Estate Services issues: the worklist, reporting and bulk update by role; an issue by the estate gate.
        row("GET /estate/issues", ESTATE, Need.ROLE);
        row("POST /estate/issues/bulk", ESTATE, Need.ROLE);
        row("GET /estate/issues/new", ESTATE, Need.ROLE);
        row("POST /estate/issues/new", ESTATE, Need.ROLE);
        row("GET /estate/issues/{id}", ESTATE, Need.ESTATE_READ);
        row("GET /estate/issues/{id}/photos/{photoId}", ESTATE, Need.ESTATE_READ);
        row("POST /estate/issues/{id}/status", ESTATE, Need.ESTATE_CHANGE);
        row("POST /estate/issues/{id}/photos", ESTATE, Need.ESTATE_CHANGE);
        row("GET /api/v1/estate/issues", ESTATE, Need.ROLE);
        row("POST /api/v1/estate/issues", ESTATE, Need.ROLE);
        row("GET /api/v1/estate/issues/{id}", ESTATE, Need.ESTATE_READ);
        row("POST /api/v1/estate/issues/{id}/transitions", ESTATE, Need.ESTATE_CHANGE);
        row("GET /admin/estate-categories", ADMIN, Need.ROLE);
        row("GET /admin/estate-categories/{code}", ADMIN, Need.ROLE);
        row("POST /admin/estate-categories/{code}", ADMIN, Need.ROLE);

        // Community engagement on the estate: estate officers and managers.
        Set<String> engagement = Set.of(Roles.ESTATE_OFFICER, Roles.MANAGER);
        for (String route : new String[] {"GET /estate/engagement", "GET /estate/engagement/new", "POST /estate/engagement",
            "GET /estate/my-actions", "GET /api/v1/estate/engagement", "POST /api/v1/estate/engagement",
            "GET /api/v1/estate/engagement/my-actions"}) {
            row(route, engagement, ROLE);
        }
        row("GET /estate/engagement/{id}", engagement, Need.ENGAGEMENT_READ);
        row("GET /api/v1/estate/engagement/{id}", engagement, Need.ENGAGEMENT_READ);
        for (String route : new String[] {"GET /estate/engagement/{id}/edit", "POST /estate/engagement/{id}/edit",
            "POST /estate/engagement/{id}/actions", "POST /estate/engagement/{id}/actions/{actionId}/done",
            "PUT /api/v1/estate/engagement/{id}", "POST /api/v1/estate/engagement/{id}/actions",
            "POST /api/v1/estate/engagement/{id}/actions/{actionId}/done"}) {
            row(route, engagement, Need.ENGAGEMENT_CHANGE);
        }
        // Open311 (GeoReport v2): public reads; reports and the updates query carry the client's key instead of a sign-in.
        for (String format : new String[] {"xml", "json"}) {
            row("GET /open311/v2/services." + format, null, PUBLIC);
            row("GET /open311/v2/services/{code}." + format, null, PUBLIC);
            row("GET /open311/v2/requests." + format, null, PUBLIC);
            row("GET /open311/v2/requests/{id}." + format, null, PUBLIC);
            row("POST /open311/v2/requests." + format, null, Need.CLIENT_KEY);
            row("GET /open311/v2/servicerequestupdates." + format, null, Need.CLIENT_KEY);
        }
        row("GET /admin/open311-keys", ADMIN, ROLE);
        row("POST /admin/open311-keys", ADMIN, ROLE);
        row("POST /admin/open311-keys/{id}/revoke", ADMIN, ROLE);
        // The audit trail's hash chain, checked by administrators.
        row("GET /admin/audit-chain", AUDITORS, ROLE);
        row("GET /api/v1/audit/chain", AUDITORS, ROLE);
        // The data protection officer's search of the trail (administrators), on a page and as CSV.
        row("GET /admin/audit", AUDITORS, ROLE);
        row("GET /admin/audit.csv", AUDITORS, ROLE);
        // Break-glass: casework roles open a family outside their area (the NHS number decides, not a path); the data
        // protection officer and managers review the openings (their scope decides which; another's is a 404).
        row("GET /break-glass", CASEWORK, ROLE);
        row("POST /break-glass", CASEWORK, ROLE);
        row("GET /break-glass-reviews", GLASS_REVIEWERS, ROLE);
        row("GET /break-glass-reviews/{id}", GLASS_REVIEWERS, ROLE);
        row("POST /break-glass-reviews/{id}", GLASS_REVIEWERS, ROLE);
        // Subject access requests (UK GDPR Art. 15): the data protection officer only. Not administrators: they run the
        // system but read no case content, and an export is all of a person's records, wherever they live.
        for (String route : new String[] {"GET /subject-access", "GET /subject-access/new", "POST /subject-access",
            "GET /subject-access/{id}", "POST /subject-access/{id}/identity", "POST /subject-access/{id}/extend",
            "POST /subject-access/{id}/compile", "POST /subject-access/{id}/review", "POST /subject-access/{id}/release",
            "GET /subject-access/{id}/export.pdf", "GET /api/v1/subject-access/{id}/export"}) {
            row(route, SUBJECT_ACCESS, ROLE);
        }
        // Retention and disposal (UK GDPR Art. 5(1)(e)): the data protection officer only, like subject access. The
        // list shows references and dates across every boundary, and a disposal cannot be undone.
        for (String route : new String[] {"GET /retention", "GET /retention/certificates", "GET /retention/{type}/{id}",
            "POST /retention/{type}/{id}"}) {
            row(route, SUBJECT_ACCESS, ROLE);
        }
        // Running the review now lists what has passed its rule; it disposes of nothing, so the probe may run it.
        row("POST /retention/review", SUBJECT_ACCESS, Need.RUN_NOW);
        // Community Intelligence triage: what was passed on, read by the receiving service's members (any role).
        row("GET /intelligence/passed-on", ANY_STAFF, ROLE);
        row("GET /intelligence/passed-on/{id}", ANY_STAFF, Need.PASSED_ON_READ);
        row("POST /intelligence/passed-on/{id}/acknowledge", ANY_STAFF, Need.PASSED_ON_READ);
        row("GET /intelligence/passed-on/{id}/request-for-support", CASEWORK, Need.PASSED_ON_REFERRAL);
        row("GET /api/v1/intelligence/passed-on", ANY_STAFF, ROLE);
        row("GET /api/v1/intelligence/passed-on/{id}", ANY_STAFF, Need.PASSED_ON_READ);
        row("POST /api/v1/intelligence/passed-on/{id}/acknowledgement", ANY_STAFF, Need.PASSED_ON_READ);
        // A report's triage, passing on, estate links and the reveal: intelligence officers (403 for anyone else), then the
        // report's gate (404 for an officer whose ground does not hold it).
        for (String route : new String[] {"GET /intelligence/reports/{id}/triage", "POST /intelligence/reports/{id}/triage",
            "POST /intelligence/reports/{id}/route", "POST /intelligence/reports/{id}/estate-link",
            "POST /intelligence/reports/{id}/estate-issue", "GET /intelligence/reports/{id}/reveal",
            "POST /intelligence/reports/{id}/reveal"}) {
            row(route, Set.of(Roles.INTELLIGENCE_OFFICER), Need.REPORT_READ);
        }

        // Community Intelligence: the public confidential reporting pages, and confidential reports for staff.
        for (String route : new String[] {"GET /report", "POST /report", "GET /report/check", "POST /report/check",
            "POST /report/check/information"}) {
            row(route, null, PUBLIC);
        }
        row("GET /intelligence/reports", Set.of(Roles.INTELLIGENCE_OFFICER), ROLE);
        row("GET /intelligence/reports/new", ANY_STAFF, ROLE);
        row("POST /intelligence/reports", ANY_STAFF, ROLE);
        // A report's own pages: every staff role, then the gate (404 for all but the officers whose ground holds it).
        row("GET /intelligence/reports/{id}", ANY_STAFF, Need.REPORT_READ);
        row("POST /intelligence/reports/{id}/information", ANY_STAFF, Need.REPORT_READ);
        row("POST /intelligence/reports/{id}/status", ANY_STAFF, Need.REPORT_READ);
        // The same, as JSON: the list for officers, writing one down for any staff, then the gates as on the pages.
        row("GET /api/v1/intelligence/reports", Set.of(Roles.INTELLIGENCE_OFFICER), ROLE);
        row("POST /api/v1/intelligence/reports", ANY_STAFF, ROLE);
        row("GET /api/v1/intelligence/reports/{id}", ANY_STAFF, Need.REPORT_READ);
        row("POST /api/v1/intelligence/reports/{id}/information", ANY_STAFF, Need.REPORT_READ);
        row("GET /api/v1/intelligence/case-reviews", Set.of(Roles.INTELLIGENCE_OFFICER, Roles.MANAGER), ROLE);
        row("GET /api/v1/intelligence/case-reviews/{id}", Set.of(Roles.INTELLIGENCE_OFFICER), Need.CASE_REVIEW);
        // Sustainment checks: a lead professional's own list; one check for its lead professional or a manager of the
        // owning service (anyone else 404, tried on a random id here and on real checks in SustainmentCheckPagesTest).
        row("GET /sustainment-checks", Set.of(Roles.LEAD_PROFESSIONAL, Roles.FRONTLINE), ROLE);
        row("GET /sustainment-checks/{id}", Set.of(Roles.LEAD_PROFESSIONAL, Roles.FRONTLINE, Roles.MANAGER), ROLE);
        row("POST /sustainment-checks/{id}", Set.of(Roles.LEAD_PROFESSIONAL, Roles.FRONTLINE, Roles.MANAGER), ROLE);

        // Insight: figures for the neighbourhoods the manager covers; every table as a page, CSV, Excel and JSON.
        row("GET /insight", INSIGHT, ROLE);
        row("GET /insight/caseload", INSIGHT, ROLE);
        row("GET /insight/inequality", INSIGHT, ROLE);
        row("GET /insight/tables/{id}", INSIGHT, ROLE);
        row("GET /insight/tables/{id}.csv", INSIGHT, ROLE);
        row("GET /insight/tables/{id}.xlsx", INSIGHT, ROLE);
        row("GET /api/v1/insight/tables", INSIGHT, ROLE);
        row("GET /api/v1/insight/tables/{id}", INSIGHT, ROLE);
        // The neighbourhood map and a neighbourhood's page: only the manager's own neighbourhoods (another is 404).
        row("GET /insight/map", INSIGHT, ROLE);
        row("GET /insight/neighbourhoods/{id}", INSIGHT, ROLE);
        row("GET /insight/outcomes", INSIGHT, ROLE);
        row("GET /insight/timeliness", INSIGHT, ROLE);
        row("GET /insight/workers", INSIGHT, ROLE);
        // Outcomes: sustainment checks and the cost-avoidance estimate for managers and admins; Supporting Families
        // claims (families' evidence, personal data) for managers only, for the cases of their services.
        row("GET /insight/sustainment", INSIGHT, ROLE);
        row("GET /insight/cost-avoidance", INSIGHT, ROLE);
        row("GET /insight/claims", MANAGER, ROLE);
        row("GET /insight/claims.csv", MANAGER, ROLE);
        row("GET /insight/claims.xlsx", MANAGER, ROLE);
        row("POST /insight/claims", MANAGER, ROLE);
    }

    private Routes() {
    }

    private static void row(String route, Set<String> roles, Need need) {
        row(route, roles, need, null);
    }

    private static void row(String route, Set<String> roles, Need need, String query) {
        if (TABLE.put(route, new Rule(roles, need, query)) != null) {
            throw new IllegalStateException("Two rows for " + route);
        }
    }
}
