package org.placeworks.bench.generate;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.placeworks.bench.generate.CouncilPlan.Case;
import org.placeworks.bench.generate.CouncilPlan.Family;
import org.placeworks.bench.generate.CouncilPlan.Need;
import org.placeworks.bench.generate.CouncilPlan.Person;
import org.placeworks.bench.generate.Ids.Kind;
import org.postgresql.copy.CopyManager;

/**
 * Writes the planned council table by table, parents before children, one COPY per table; the tables of
 * cases replay the families ({@link CouncilPlan.Walk}) instead of holding them.
 */
final class Loader {

    static final String LOCALITY_CODE = "E43000990";
    static final String LOCALITY_NAME = "Eastmoor Vale";
    private static final int VINTAGE = 2021;
    private static final String SERVICE = "Family Support Thornbury";
    private static final String STREET_SCENE = "Street Scene Thornbury";
    private static final String COMMUNITY_SAFETY = "Community Safety Team";
    private static final String COUNCIL = "Eastmoor District Council";
    private static final String NHS_TRUST = "Eastmoor Community Health NHS Trust";
    private static final String PURPOSES = "Assessment, sharing with the agencies named, and discussion at the multi-agency panel";
    private static final String[] ELEMENTS = {"EMOTIONAL_WARMTH", "LEARNING", "HOUSING"};
    /** The synthetic towns lie east of Thornbury, in a grid of these steps (degrees). */
    private static final double WEST = -1.100;
    private static final double SOUTH = 52.440;
    private static final double STEP_EAST = 0.010;
    private static final double STEP_NORTH = 0.008;
    private static final byte[] RECEIPT = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Connection db;
    private final CopyManager copies;
    private final CouncilPlan plan;
    private final Ids ids;
    private final PrintStream out;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private UUID authority;
    private UUID service;
    private UUID streetScene;
    private UUID communitySafety;
    private UUID council;
    private UUID nhsTrust;
    private UUID frontline;
    private UUID chair;
    private final Map<String, UUID> agencies = new LinkedHashMap<>();
    private long caseNumberBase;
    private long reportNumberBase;
    private long issueNumberBase;

    Loader(Connection db, CopyManager copies, CouncilPlan plan, PrintStream out) {
        this.db = db;
        this.copies = copies;
        this.plan = plan;
        this.ids = plan.ids;
        this.out = out;
    }

    Map<String, Long> rows() {
        return rows;
    }

    void load() throws SQLException {
        lookUpTheDemo();
        geography();
        workforce();
        families();
        cases();
        panel();
        grants();
        estateIssues();
        reports();
        audit();
        finish();
    }

    // --- The demo's own rows ---------------------------------------------------------------------------------

    private void lookUpTheDemo() throws SQLException {
        authority = one("select id from area where code = 'E07000901'");
        service = one("select id from service where name = '" + SERVICE + "'");
        streetScene = one("select id from service where name = '" + STREET_SCENE + "'");
        communitySafety = one("select id from service where name = '" + COMMUNITY_SAFETY + "'");
        frontline = one("select id from staff_member where username = 'frontline'");
        chair = one("select id from staff_member where username = 'chair'");
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select name, id from agency")) {
            while (r.next()) {
                agencies.put(r.getString(1), r.getObject(2, UUID.class));
            }
        }
        council = agencies.get(COUNCIL);
        nhsTrust = agencies.get(NHS_TRUST);
        caseNumberBase = sequenceValue("caf_case_number");
        reportNumberBase = sequenceValue("intel_report_number");
        issueNumberBase = sequenceValue("estate_issue_reference_seq");
    }

    private UUID one(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new GenerateCouncil.Refused("The demo town is incomplete (" + sql + " found nothing): load it again from an empty database.");
            }
            return r.getObject(1, UUID.class);
        }
    }

    /** The last number a sequence gave (0 when it has given none). */
    private long sequenceValue(String sequence) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select case when is_called then last_value else last_value - 1 end from " + sequence)) {
            r.next();
            return r.getLong(1);
        }
    }

    // --- Geography ---------------------------------------------------------------------------------------------

    private UUID locality() {
        return ids.of(Kind.AREA, 0);
    }

    UUID neighbourhood(int n) {
        return ids.of(Kind.AREA, 1_000_000 + n);
    }

    private UUID ward(int w) {
        return ids.of(Kind.AREA, 2_000_000 + w);
    }

    UUID estate(int e) {
        return ids.of(Kind.AREA, 3_000_000 + e);
    }

    private int columns() {
        return (int) Math.ceil(Math.sqrt(plan.size.neighbourhoods));
    }

    private void geography() throws SQLException {
        int n = plan.size.neighbourhoods;
        int wards = (n + plan.size.wardSize - 1) / plan.size.wardSize;
        int cols = columns();
        int rowsOfGrid = (n + cols - 1) / cols;
        copy("area", "id, kind, code, vintage, name, parent_id, boundary_geojson, deprivation_decile, resident_population,"
                + " child_population, population_vintage, population_source", s -> {
            int children = 0;
            for (int c : plan.childPopulation) {
                children += c;
            }
            s.row(locality(), "LOCALITY", LOCALITY_CODE, VINTAGE, LOCALITY_NAME, authority,
                    rectangle(WEST, SOUTH, WEST + cols * STEP_EAST, SOUTH + rowsOfGrid * STEP_NORTH), null, children * 5, children,
                    null, null);
            for (int w = 0; w < wards; w++) {
                int first = w * plan.size.wardSize;
                int last = Math.min(n, first + plan.size.wardSize) - 1;
                s.row(ward(w), "WARD", "E0599%04d".formatted(w), VINTAGE, plan.neighbourhoodNames[first] + " and " + plan.neighbourhoodNames[last],
                        locality(), null, null, null, null, null, null);
            }
            for (int i = 0; i < n; i++) {
                double west = WEST + (i % cols) * STEP_EAST;
                double south = SOUTH + (i / cols) * STEP_NORTH;
                s.row(neighbourhood(i), "NEIGHBOURHOOD", "E0199%04d".formatted(i), VINTAGE, plan.neighbourhoodNames[i],
                        ward(i / plan.size.wardSize), rectangle(west, south, west + STEP_EAST, south + STEP_NORTH), plan.deciles[i],
                        plan.childPopulation[i] * 5, plan.childPopulation[i], VINTAGE, "Synthetic council (benchmark), seed " + plan.seed);
            }
            for (int e = 0; e < plan.size.estates(); e++) {
                int a = 3 * e;
                int b = Math.min(n - 1, 3 * e + 1);
                double west = WEST + (a % cols) * STEP_EAST + STEP_EAST / 2;
                double south = SOUTH + (a / cols) * STEP_NORTH + STEP_NORTH / 4;
                s.row(estate(e), "ESTATE", "X9909%04d".formatted(e), VINTAGE, plan.neighbourhoodNames[a] + " Estate", locality(),
                        rectangle(west, south, west + STEP_EAST * (b == a ? 0.4 : 1.0), south + STEP_NORTH / 2), null, null, null, null, null);
            }
        });
        copy("estate_neighbourhood", "estate_id, neighbourhood_id", s -> {
            for (int e = 0; e < plan.size.estates(); e++) {
                s.row(estate(e), neighbourhood(3 * e));
                if (3 * e + 1 < n) {
                    s.row(estate(e), neighbourhood(3 * e + 1));
                }
            }
        });
        // The demo's town-wide services cover the new locality, so its records are theirs and the demo users see them.
        copy("service_boundary_area", "service_id, area_id", s -> {
            s.row(service, locality());
            s.row(streetScene, locality());
            s.row(communitySafety, locality());
            for (int e = 0; e < plan.size.estates(); e++) {
                s.row(streetScene, estate(e));
            }
        });
        copy("strand_delivery", "id, strand, area_id", s -> {
            s.row(ids.of(Kind.STRAND_DELIVERY, 0), "EARLY_INTERVENTION", locality());
            s.row(ids.of(Kind.STRAND_DELIVERY, 1), "COMMUNITY_INTELLIGENCE", locality());
            for (int e = 0; e < plan.size.estates(); e++) {
                s.row(ids.of(Kind.STRAND_DELIVERY, 2 + e), "ESTATE_SERVICES", estate(e));
            }
        });
        copy("address", "id, uprn, line1, line2, town, postcode, neighbourhood_id, estate_id", s -> {
            CouncilPlan.Walk walk = plan.walk();
            while (walk.hasNext()) {
                Family f = walk.next();
                int nb = f.neighbourhood;
                String street = CouncilPlan.PLACE_FIRST[(f.index / 7) % CouncilPlan.PLACE_FIRST.length] + " "
                        + CouncilPlan.STREET_KIND[(f.index / 3) % CouncilPlan.STREET_KIND.length];
                String postcode = "EV" + (1 + nb / 26 % 9) + " " + (f.index % 9 + 1) + (char) ('A' + nb % 26) + (char) ('A' + (f.index / 9) % 26);
                s.row(ids.of(Kind.ADDRESS, f.index), 200_000_000_000L + f.index, (1 + f.index % 180) + " " + street,
                        f.index % 11 == 0 ? "Flat " + (1 + f.index % 6) : null, plan.neighbourhoodNames[nb], postcode, neighbourhood(nb),
                        f.estate >= 0 ? estate(f.estate) : null);
            }
        });
    }

    private static String rectangle(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + at(west, south) + "," + at(east, south) + "," + at(east, north) + ","
                + at(west, north) + "," + at(west, south) + "]]}";
    }

    private static String at(double longitude, double latitude) {
        return String.format(Locale.ROOT, "[%.6f,%.6f]", longitude, latitude);
    }

    // --- Staff -------------------------------------------------------------------------------------------------

    UUID worker(int w) {
        return w == -1 ? frontline : w < 0 ? null : ids.of(Kind.STAFF, w);
    }

    static String workerName(int w) {
        return w == -1 ? "frontline" : "fsw%04d".formatted(w);
    }

    private void workforce() throws SQLException {
        copy("staff_member", "id, username, keycloak_id, given_name, family_name, email, job_title, agency_id, active", s -> {
            for (int w = 0; w < plan.workers; w++) {
                s.row(worker(w), workerName(w), null, CouncilPlan.GIVEN[w % CouncilPlan.GIVEN.length],
                        CouncilPlan.SURNAMES[(w * 7) % CouncilPlan.SURNAMES.length], workerName(w) + "@eastmoor.example",
                        "Family support worker", council, true);
            }
        });
        copy("staff_membership", "staff_id, service_id", s -> {
            for (int w = 0; w < plan.workers; w++) {
                s.row(worker(w), service);
            }
        });
    }

    // --- Families ---------------------------------------------------------------------------------------------

    private static OffsetDateTime at(LocalDate day, int minutes) {
        return day.atStartOfDay().plusMinutes(9 * 60 + minutes).atOffset(ZoneOffset.UTC);
    }

    private void families() throws SQLException {
        forFamilies("family", "id, name, address_id, created_at, created_by, place_kind", (s, f) ->
                s.row(f.id, f.surname + " family", ids.of(Kind.ADDRESS, f.index), at(f.registered, 0), "frontline", "HOME"));
        forFamilies("person", "id, family_id, given_name, family_name, date_of_birth, sex, ethnicity, first_language, relationship,"
                + " lives_here, created_at", (s, f) -> {
            for (Person p : f.parents) {
                s.row(p.id, f.id, p.given, p.surname, p.born, p.sex, "NOBT", "English", "PARENT", true, at(f.registered, 1));
            }
            for (Person p : f.children) {
                s.row(p.id, f.id, p.given, p.surname, p.born, p.sex, "NOBT", "English", "CHILD", true, at(f.registered, 1));
            }
        });
        forFamilies("family_residence", "id, family_id, kind, address_id, from_date, recorded_at, recorded_by", (s, f) ->
                s.row(ids.of(Kind.RESIDENCE, f.index), f.id, "HOME", ids.of(Kind.ADDRESS, f.index), f.registered, at(f.registered, 0), "frontline"));
    }

    // --- Early help cases ----------------------------------------------------------------------------------------

    private String reference(Case c) {
        return "EH-" + c.referred.getYear() + "-" + String.format("%05d", caseNumberBase + c.index + 1);
    }

    private String creator(Case c) {
        return c.worker == -2 ? "frontline" : workerName(c.worker);
    }

    private static String needText(Need n) {
        return CouncilPlan.NEED_TEXT[n.headline];
    }

    private void cases() throws SQLException {
        forCases("caf_case", "id, reference, family_id, owning_service_id, status, referred_on, referrer_name, referrer_agency_id,"
                + " referrer_email, reason, stepped_down, consent_given_on, consent_withdrawn_on, assessment_due_on,"
                + " assessment_completed_on, childs_voice, family_views, lead_professional_id, next_review_due_on, closed_on,"
                + " closure_reason, closure_note, created_at, created_by, referral_decision, referral_decided_on, referral_decision_note,"
                + " allocated_worker_id, previous_case_id, mash_reference, stepped_up_on, status_before_step_up, reassessment_due_on", (s, f, c) -> {
            String[] referrer = CouncilPlan.REFERRERS[c.referrer];
            boolean steppedUp = "STEPPED_UP".equals(c.closureReason);
            LocalDate lastReview = c.reviews.isEmpty() ? c.assessedOn : c.reviews.get(c.reviews.size() - 1);
            String note = switch (c.decision) {
                case "DECLINED" -> "Needs are below the early help threshold; the school will continue to support.";
                case "SIGNPOSTED" -> "the Thornbury Food Bank and the children's centre's parenting course";
                default -> null;
            };
            String closure = c.closureReason == null ? null : switch (c.closureReason) {
                case "NEEDS_MET" -> "Outcomes evidenced at the last review; the family agreed to close.";
                case "REFERRAL_DECLINED" -> note;
                case "SIGNPOSTED" -> "Signposted to " + note;
                case "DECLINED_OR_DID_NOT_ENGAGE" -> "The family did not take up the offer of support after three attempts.";
                default -> "Closed: " + c.closureReason.toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
            };
            s.row(c.id, reference(c), f.id, service, c.status, c.referred, referrer[1] + ", " + referrer[0], agencies.get(referrer[0]),
                    "referrals@partners.example", needText(c.needs.get(0)), false, c.consentOn,
                    "CONSENT_WITHDRAWN".equals(c.closureReason) ? c.closedOn : null,
                    c.consentOn == null ? null : c.consentOn.plusDays(45), c.assessedOn,
                    c.assessedOn == null ? null : "I want things to be calmer at home.",
                    c.assessedOn == null ? null : "We want help, not judgement.",
                    c.assessedOn == null ? null : worker(c.worker),
                    c.open() && c.assessedOn != null ? lastReview.plusDays(42) : null, c.closedOn, c.closureReason, closure,
                    at(c.referred, 5), creator(c), c.decision, c.referred.plusDays(1), note, worker(c.worker), c.previousCaseId,
                    steppedUp ? "MASH-" + (100000 + c.index) : null, steppedUp ? c.closedOn : null, steppedUp ? "ACTIVE_PLAN" : null,
                    c.open() && c.assessedOn != null ? c.assessedOn.plusYears(1) : null);
        });
        forCases("caf_case_child", "case_id, person_id", (s, f, c) -> {
            for (int i = 0; i < c.children; i++) {
                s.row(c.id, f.children.get(i).id);
            }
        });
        forCases("caf_consent_version", "id, case_id, number, change, given_on, purposes, panel_discussion, recorded_at, recorded_by", (s, f, c) -> {
            if (c.consentOn != null) {
                s.row(ids.of(Kind.CONSENT, c.index), c.id, 1, "GIVEN", c.consentOn, PURPOSES, true, at(c.consentOn, 30), creator(c));
            }
        });
        forCases("caf_consent_giver", "version_id, position, name, person_id, young_person", (s, f, c) -> {
            if (c.consentOn != null) {
                Person parent = f.parents.get(0);
                s.row(ids.of(Kind.CONSENT, c.index), 0, parent.given + " " + parent.surname, parent.id, false);
            }
        });
        forCases("caf_consent_version_agency", "version_id, agency_id, allowed", (s, f, c) -> {
            if (c.consentOn != null) {
                s.row(ids.of(Kind.CONSENT, c.index), council, true);
                s.row(ids.of(Kind.CONSENT, c.index), nhsTrust, true);
            }
        });
        forCases("caf_need", "id, case_id, position, description, headline, baseline_score, current_score, outcome, goal, goal_measure,"
                + " child_id", (s, f, c) -> {
            for (int i = 0; i < c.needs.size(); i++) {
                Need n = c.needs.get(i);
                boolean scored = c.assessedOn != null;
                s.row(n.id, c.id, i, needText(n), CouncilPlan.HEADLINES[n.headline], scored ? n.baseline : null, scored ? n.current : null,
                        n.outcome, scored ? "Things will be settled and safe at home" : null,
                        scored ? "Scored together at each review" : null, n.childId);
            }
        });
        forCases("caf_assessment_element", "case_id, element, strengths, needs", (s, f, c) -> {
            if (c.assessedOn != null) {
                for (String element : ELEMENTS) {
                    s.row(c.id, element, "Warm, caring home; the children are close to their grandparents",
                            needText(c.needs.get(0)));
                }
            }
        });
        forCases("caf_team_member", "id, case_id, staff_id, joined_on, left_on", (s, f, c) -> {
            if (c.assessedOn != null) {
                s.row(ids.of(Kind.TEAM_MEMBER, c.index), c.id, worker(c.teamWorker), c.assessedOn, c.closedOn);
            }
        });
        forCases("caf_action", "id, case_id, need_id, description, owner_staff_id, owner_agency_id, due_on, status", (s, f, c) -> {
            if (c.assessedOn != null) {
                for (int i = 0; i < c.needs.size(); i++) {
                    LocalDate due = c.assessedOn.plusDays(30L + 20L * i);
                    String status = !c.open() ? ("NEEDS_MET".equals(c.closureReason) ? "DONE" : "CANCELLED")
                            : due.isBefore(plan.today) ? "DONE" : i == 0 ? "IN_PROGRESS" : "NOT_STARTED";
                    s.row(ids.of(Kind.ACTION, c.index * 4 + i), c.id, c.needs.get(i).id, "Support the family with: "
                            + needText(c.needs.get(i)).toLowerCase(Locale.ROOT), worker(c.worker), council, due, status);
                }
            }
        });
        forCases("caf_review", "id, case_id, held_on, summary, recorded_by", (s, f, c) -> {
            for (int i = 0; i < c.reviews.size(); i++) {
                s.row(ids.of(Kind.REVIEW, c.index * 64 + i), c.id, c.reviews.get(i), "Team Around the Family review", workerName(c.worker));
            }
        });
        forCases("caf_review_progress", "review_id, need_id, progress, score", (s, f, c) -> {
            for (int i = 0; i < c.reviews.size(); i++) {
                for (Need n : c.needs) {
                    int score = n.baseline + (n.current - n.baseline) * (i + 1) / (c.reviews.size() + 1);
                    s.row(ids.of(Kind.REVIEW, c.index * 64 + i), n.id, score > n.baseline ? "IMPROVED" : "NO_CHANGE", Math.max(1, score));
                }
            }
        });
        forCases("caf_event", "id, case_id, family_id, at, by_user, what", (s, f, c) -> {
            long e = c.index * 64;
            String by = creator(c);
            s.row(ids.of(Kind.EVENT, e++), c.id, f.id, at(c.referred, 5), by, "Request for support recorded");
            if (!c.accepted()) {
                s.row(ids.of(Kind.EVENT, e), c.id, f.id, at(c.referred.plusDays(1), 10), by,
                        "SIGNPOSTED".equals(c.decision) ? "Request signposted" : "Request declined");
                return;
            }
            s.row(ids.of(Kind.EVENT, e++), c.id, f.id, at(c.referred.plusDays(1), 10), by, "Request accepted and allocated to " + by);
            if (c.consentOn != null) {
                s.row(ids.of(Kind.EVENT, e++), c.id, f.id, at(c.consentOn, 30), by, "Consent recorded");
            }
            if (c.assessedOn != null) {
                s.row(ids.of(Kind.EVENT, e++), c.id, f.id, at(c.assessedOn, 40), by, "Assessment completed");
            }
            for (LocalDate review : c.reviews) {
                s.row(ids.of(Kind.EVENT, e++), c.id, f.id, at(review, 50), by, "Review held");
            }
            if (c.closedOn != null) {
                s.row(ids.of(Kind.EVENT, e), c.id, f.id, at(c.closedOn, 60), by, "Case closed: "
                        + c.closureReason.toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        });
    }

    // --- The panel ----------------------------------------------------------------------------------------------

    /** Every how many accepted cases one goes to the panel: about ten items a meeting. */
    private long itemEvery() {
        return Math.max(1, Math.round(plan.size.cases * 0.9 / Math.max(1, plan.size.meetings * 10L)));
    }

    private boolean atPanel(Case c) {
        return c.accepted() && c.index % itemEvery() == 0 && plan.meetingOnOrAfter(c.referred.plusDays(1)) >= 0;
    }

    private void panel() throws SQLException {
        if (plan.meetings.length == 0) {
            return;
        }
        UUID panel = ids.of(Kind.PANEL, 0);
        copy("panel", "id, name, locality_id, chair_staff_id, cadence_week, cadence_day, start_time, venue, cut_off_days,"
                + " minutes_per_item, quorum_agencies", s -> s.row(panel, LOCALITY_NAME + " Early Help Panel", locality(), chair, 2, "WEDNESDAY",
                "10:00", "Vale Community Hub", 7, 15, 2));
        copy("panel_member", "id, panel_id, agency_id, member_staff_id", s -> s.row(ids.of(Kind.PANEL_MEMBER, 0), panel, council, chair));
        copy("panel_meeting", "id, panel_id, meeting_date, start_time, status, chair_present, published_at, started_at, closed_at,"
                + " chaired_by_staff_id", s -> {
            for (int m = 0; m < plan.meetings.length; m++) {
                LocalDate d = plan.meetings[m];
                s.row(ids.of(Kind.MEETING, m), panel, d, "10:00", "CLOSED", true, at(d.minusDays(6), 0), at(d, 60), at(d, 180), chair);
            }
        });
        int[] positions = new int[plan.meetings.length];
        forCases("panel_item", "id, meeting_id, case_id, kind, note, position, submitted_by, submitted_at, case_reference, family_name,"
                + " children_ages, needs, case_reason, decision, rationale, decided_by, decided_at", (s, f, c) -> {
            if (atPanel(c)) {
                int m = plan.meetingOnOrAfter(c.referred.plusDays(1));
                LocalDate d = plan.meetings[m];
                StringBuilder ages = new StringBuilder();
                for (int i = 0; i < c.children; i++) {
                    ages.append(i > 0 ? ", " : "").append(ChronoUnit.YEARS.between(f.children.get(i).born, c.referred));
                }
                s.row(ids.of(Kind.ITEM, c.index), ids.of(Kind.MEETING, m), c.id, "NEW_REQUEST", "New request for support",
                        positions[m]++, creator(c), at(c.referred, 20), reference(c), f.surname, ages.toString(), needText(c.needs.get(0)),
                        needText(c.needs.get(0)), "AGREE_SUPPORT_PACKAGE", "Agreed: a family support worker and a school place on the nurture group.",
                        "chair", at(d, 90));
            }
        });
        forCases("panel_action", "id, panel_id, meeting_id, item_id, description, owner_staff_id, agency_id, due_on, done_on, created_by", (s, f, c) -> {
            if (atPanel(c)) {
                int m = plan.meetingOnOrAfter(c.referred.plusDays(1));
                LocalDate due = plan.meetings[m].plusDays(28);
                s.row(ids.of(Kind.PANEL_ACTION, c.index), panel, ids.of(Kind.MEETING, m), ids.of(Kind.ITEM, c.index),
                        "Confirm the nurture group place with the school", c.worker == -2 ? chair : worker(c.worker), council, due,
                        due.isBefore(plan.today) ? due.minusDays(3) : null, "chair");
            }
        });
    }

    // --- Grants -------------------------------------------------------------------------------------------------

    private long grantEvery() {
        return Math.max(1, Math.round(plan.size.cases * 0.8 / Math.max(1, plan.size.grants)));
    }

    /** A case asks for a grant a week after its assessment, decided at the next meeting. */
    private boolean asksForGrant(Case c) {
        return c.assessedOn != null && c.index % grantEvery() == 1 % grantEvery() && c.assessedOn.plusDays(7).isBefore(plan.today);
    }

    private static int financialYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    private UUID fund(int year) {
        return ids.of(Kind.FUND, year);
    }

    private void grants() throws SQLException {
        if (plan.size.grants == 0) {
            return;
        }
        int first = financialYear(plan.windowStart);
        int last = financialYear(plan.today);
        UUID panel = plan.meetings.length == 0 ? null : ids.of(Kind.PANEL, 0);
        copy("grant_fund", "id, name, year_start, budget_pence, max_award_pence, max_per_family_pence, chair_limit_pence, service_id,"
                + " panel_id, closed_on, closed_by", s -> {
            for (int y = first; y <= last; y++) {
                s.row(fund(y), LOCALITY_NAME + " family support fund", y, 5_000_000_000L, 50_000L, 100_000L, 10_000L, service, panel,
                        y < last ? LocalDate.of(y + 1, 4, 30) : null, y < last ? "finance" : null);
            }
        });
        String[] categories = {"CLOTHING", "SCHOOL_UNIFORM", "GLASSES", "HOUSEHOLD_GOODS", "UTILITIES", "TRAVEL", "ACTIVITIES"};
        forCases("grant_request", "id, fund_id, case_id, family_id, neighbourhood_id, need_id, item, category, amount_pence, supplier, cannot_pay_evidence,"
                + " other_sources_tried, status, approved_pence, decision_route, meeting_id, decision_reason, decided_by, decided_on,"
                + " requested_by, requested_at", (s, f, c) -> {
            if (asksForGrant(c)) {
                LocalDate asked = c.assessedOn.plusDays(7);
                int m = plan.meetingOnOrAfter(asked.plusDays(1));
                long amount = 2_000 + (c.index * 7919 % 28_000);
                String category = categories[(int) (c.index % categories.length)];
                String status = m < 0 ? "AWAITING_DECISION" : c.index % 5 == 0 ? "DECLINED"
                        : plan.meetings[m].plusDays(21).isBefore(plan.today) ? "PAID" : "APPROVED";
                boolean decided = m >= 0;
                s.row(ids.of(Kind.GRANT, c.index), fund(financialYear(asked)), c.id, f.id, neighbourhood(f.neighbourhood), c.needs.get(0).id,
                        category.toLowerCase(Locale.ROOT).replace('_', ' ') + " for the children", category, amount, "Local supplier",
                        "Universal Credit statement seen", "Asked the food bank and the school's hardship fund", status,
                        "PAID".equals(status) || "APPROVED".equals(status) ? amount : null, decided ? "PANEL" : null,
                        decided ? ids.of(Kind.MEETING, m) : null,
                        decided ? ("DECLINED".equals(status) ? "Other help is available: the school's hardship fund" : "Meets the fund's criteria") : null,
                        decided ? "chair" : null, decided ? plan.meetings[m] : null, creator(c), at(asked, 15));
            }
        });
        forCases("grant_payment", "id, request_id, method, reference, paid_on, amount_pence, receipt, receipt_type, receipt_name,"
                + " recorded_by, recorded_at", (s, f, c) -> {
            if (asksForGrant(c)) {
                int m = plan.meetingOnOrAfter(c.assessedOn.plusDays(8));
                if (m >= 0 && c.index % 5 != 0 && plan.meetings[m].plusDays(21).isBefore(plan.today)) {
                    LocalDate paid = plan.meetings[m].plusDays(14);
                    s.row(ids.of(Kind.PAYMENT, c.index), ids.of(Kind.GRANT, c.index), "PURCHASE_CARD", "PC-" + (500000 + c.index), paid,
                            2_000 + (c.index * 7919 % 28_000), RECEIPT, "application/pdf", "receipt.pdf", "finance", at(paid, 120));
                }
            }
        });
        // The fund ledger and running totals follow from the requests, as the app's own migration derived them, added in
        // the order they happened: the database numbers each fund's entries and keeps its balances as they are added (V62).
        String funds = fundIds(first, last);
        exec("grant_ledger_entry", "insert into grant_ledger_entry (id, fund_id, kind, request_id, budget_pence, committed_pence,"
                + " paid_pence, reason, recorded_by, recorded_at) select gen_random_uuid(), m.* from ("
                + " select f.id, 'OPENING_BUDGET', null::uuid, f.budget_pence, 0::bigint, 0::bigint, 'Budget for the year', 'finance',"
                + " make_date(f.year_start, 4, 1)::timestamp at time zone 'Europe/London' as at from grant_fund f where f.id in (" + funds + ")"
                + " union all select r.fund_id, 'COMMITMENT', r.id, 0, r.approved_pence, 0, 'Award approved: ' || r.item, r.decided_by,"
                + " r.decided_on::timestamp at time zone 'Europe/London' from grant_request r"
                + " where r.fund_id in (" + funds + ") and r.status in ('APPROVED', 'PAID')"
                + " union all select r.fund_id, 'PAYMENT', r.id, 0, p.amount_pence - r.approved_pence, p.amount_pence,"
                + " 'Paid, reference ' || p.reference, p.recorded_by, p.recorded_at from grant_request r join grant_payment p on p.request_id = r.id"
                + " where r.fund_id in (" + funds + ")) m order by m.at");
        exec(null, "update grant_fund f set committed_pence = coalesce((select sum(l.committed_pence) from grant_ledger_entry l where l.fund_id = f.id), 0),"
                + " paid_pence = coalesce((select sum(l.paid_pence) from grant_ledger_entry l where l.fund_id = f.id), 0)"
                + " where f.id in (" + fundIds(first, last) + ")");
    }

    private String fundIds(int first, int last) {
        StringBuilder in = new StringBuilder();
        for (int y = first; y <= last; y++) {
            in.append(y > first ? "," : "").append('\'').append(fund(y)).append('\'');
        }
        return in.toString();
    }

    // --- Estate issues ------------------------------------------------------------------------------------------

    private static final String[] ISSUE_CATEGORIES = {"FLY_TIPPING", "LITTER", "GRAFFITI", "STREET_LIGHTING", "COMMUNAL_REPAIRS",
        "PLAY_AREA_DAMAGE", "OVERGROWN_LAND", "ABANDONED_VEHICLE", "DOG_FOULING", "OTHER"};
    private static final int[] TARGET_DAYS = {2, 3, 5, 5, 10, 3, 15, 10, 3, 10};

    private record Issue(long index, int category, int estate, int neighbourhood, OffsetDateTime reported, LocalDate target, String status) {
    }

    private Issue issue(long i) {
        Random r = new Random(plan.seed * 31 + i * 0x5DEECE66DL);
        int estates = plan.size.estates();
        int e = r.nextInt(estates);
        int nb = Math.min(plan.size.neighbourhoods - 1, 3 * e + r.nextInt(2));
        int category = r.nextInt(ISSUE_CATEGORIES.length);
        long window = ChronoUnit.DAYS.between(plan.windowStart, plan.today);
        LocalDate day = plan.today.minusDays(1 + (long) (window * Math.pow(r.nextDouble(), 1.5)));
        LocalDate target = day.plusDays(TARGET_DAYS[category] * 7L / 5 + 1);
        long age = ChronoUnit.DAYS.between(day, plan.today);
        double u = r.nextDouble();
        String status = age < 3 ? "REPORTED" : age < 20 && u < 0.5 ? "IN_PROGRESS" : u < 0.85 ? "FIXED" : u < 0.95 ? "CLOSED_NOT_FIXED"
                : age < 60 ? "REOPENED" : "FIXED";
        return new Issue(i, category, e, nb, at(day, r.nextInt(480)), target, status);
    }

    private void estateIssues() throws SQLException {
        if (plan.size.issues == 0 || plan.size.estates() == 0) {
            return;
        }
        copy("estate_issue", "id, reference, category, status, title, description, place_description, public_place, neighbourhood_id,"
                + " estate_id, channel, owning_service_id, reported_at, reported_by, updated_at, target_date, close_reason", s -> {
            for (long i = 0; i < plan.size.issues; i++) {
                Issue is = issue(i);
                String category = ISSUE_CATEGORIES[is.category];
                String words = category.toLowerCase(Locale.ROOT).replace('_', ' ');
                boolean open = is.status.equals("REPORTED") || is.status.equals("IN_PROGRESS") || is.status.equals("REOPENED");
                s.row(ids.of(Kind.ISSUE, i), "EST-" + (issueNumberBase + i + 1), category, is.status,
                        Character.toUpperCase(words.charAt(0)) + words.substring(1) + " by block " + (1 + i % 12),
                        "Reported on the estate walkabout: " + words + " by block " + (1 + i % 12) + ".", "By block " + (1 + i % 12),
                        "Near block " + (1 + i % 12) + ", " + plan.neighbourhoodNames[is.neighbourhood] + " Estate",
                        neighbourhood(is.neighbourhood), estate(is.estate), "STAFF", streetScene, is.reported, "estate",
                        open ? is.reported : is.reported.plusDays(3), is.target,
                        is.status.equals("CLOSED_NOT_FIXED") ? "Private land: the owner has been written to" : null);
            }
        });
        copy("estate_issue_event", "id, issue_id, at, by_user, kind, from_status, to_status, note", s -> {
            for (long i = 0; i < plan.size.issues; i++) {
                Issue is = issue(i);
                UUID issue = ids.of(Kind.ISSUE, i);
                s.row(ids.of(Kind.ISSUE_EVENT, i * 4), issue, is.reported, "estate", "REPORTED", null, "REPORTED", null);
                if (!is.status.equals("REPORTED")) {
                    s.row(ids.of(Kind.ISSUE_EVENT, i * 4 + 1), issue, is.reported.plusDays(1), "estate", "STATUS", "REPORTED",
                            is.status.equals("IN_PROGRESS") ? "IN_PROGRESS" : "IN_PROGRESS", "Passed to the grounds team");
                }
                if (!is.status.equals("REPORTED") && !is.status.equals("IN_PROGRESS")) {
                    String done = is.status.equals("REOPENED") ? "FIXED" : is.status;
                    s.row(ids.of(Kind.ISSUE_EVENT, i * 4 + 2), issue, is.reported.plusDays(3), "estate", "STATUS", "IN_PROGRESS", done, null);
                    if (is.status.equals("REOPENED")) {
                        s.row(ids.of(Kind.ISSUE_EVENT, i * 4 + 3), issue, is.reported.plusDays(5), "estate", "STATUS", "FIXED", "REOPENED",
                                "Reported again by a resident");
                    }
                }
            }
        });
    }

    // --- Intelligence reports -------------------------------------------------------------------------------------

    private static final String[] REPORT_CATEGORIES = {"ANTI_SOCIAL_BEHAVIOUR", "DRUG_DEALING", "INTIMIDATION", "NEGLECT_OR_WELFARE",
        "ENVIRONMENTAL", "OTHER"};

    private void reports() throws SQLException {
        if (plan.size.reports == 0) {
            return;
        }
        long window = ChronoUnit.DAYS.between(plan.windowStart, plan.today);
        copy("intel_report", "id, reference, category, what_happened, occurred_on, neighbourhood_id, estate_id, place_description, outside_area,"
                + " victim, channel, received_at, taken_by, status, status_note, status_changed_at, owning_service_id", s -> {
            for (long i = 0; i < plan.size.reports; i++) {
                Random r = new Random(plan.seed * 17 + i * 0x2545F4914F6CDD1DL);
                int nb = plan.neighbourhoodFor(r.nextDouble());
                int e = plan.estateOf(nb);
                LocalDate day = plan.today.minusDays(1 + (long) (window * Math.pow(r.nextDouble(), 1.5)));
                long age = ChronoUnit.DAYS.between(day, plan.today);
                String status = age < 3 ? "RECEIVED" : age < 14 && r.nextBoolean() ? "UNDER_REVIEW" : r.nextInt(3) == 0 ? "ROUTED" : "CLOSED";
                OffsetDateTime received = at(day, 60 + r.nextInt(480));
                String category = REPORT_CATEGORIES[r.nextInt(REPORT_CATEGORIES.length)];
                s.row(ids.of(Kind.REPORT, i), "CI-%d-%05d".formatted(day.getYear(), reportNumberBase + i + 1), category,
                        "Groups gathering late in the evening; residents feel intimidated walking past.", day.minusDays(r.nextInt(3)),
                        neighbourhood(nb), e >= 0 && r.nextBoolean() ? estate(e) : null, "By the shops on the parade", false,
                        r.nextBoolean() ? "NO" : "UNSURE", "STAFF", received, "intel", status,
                        status.equals("CLOSED") ? "No further action: logged for the neighbourhood picture" : null,
                        status.equals("RECEIVED") ? received : received.plusDays(2), communitySafety);
            }
        });
    }

    // --- Audit history ----------------------------------------------------------------------------------------------

    private void audit() throws SQLException {
        forCases("audit_entry", "id, at, actor, action, record_kind, record_id, summary", (s, f, c) -> {
            long a = c.index * 4;
            String by = creator(c);
            String ref = reference(c);
            s.row(ids.of(Kind.AUDIT, a++), at(c.referred, 5), by, "CREATE", "caf-case", c.id.toString(), "Recorded request for support " + ref);
            if (c.closedOn != null) {
                s.row(ids.of(Kind.AUDIT, a++), at(c.closedOn, 60), by, "UPDATE", "caf-case", c.id.toString(), "Closed case " + ref);
            }
            // About 2.5 rows a case: its creation, its closure, and a later reading for two cases in three.
            if (c.index % 3 != 0) {
                LocalDate seen = c.closedOn != null ? c.closedOn : plan.today.minusDays(1);
                s.row(ids.of(Kind.AUDIT, a), at(seen, 200), c.index % 2 == 0 ? "manager" : by, "VIEW", "caf-case", c.id.toString(),
                        "Viewed case " + ref);
            }
        });
    }

    // --- The end: sequences past what was written, the summary store marked stale ------------------------------------

    private void finish() throws SQLException {
        long cases = 0;
        CouncilPlan.Walk walk = plan.walk();
        while (walk.hasNext()) {
            cases += walk.next().cases.size();
        }
        if (cases > 0) {
            exec(null, "select setval('caf_case_number', " + (caseNumberBase + cases) + ")");
        }
        if (plan.size.reports > 0) {
            exec(null, "select setval('intel_report_number', " + (reportNumberBase + plan.size.reports) + ")");
        }
        if (plan.size.issues > 0 && plan.size.estates() > 0) {
            exec(null, "select setval('estate_issue_reference_seq', " + (issueNumberBase + plan.size.issues) + ")");
        }
        // The figures managers read are now out of date: the app rebuilds the store at its next start.
        exec(null, "delete from insight_refresh");
    }

    // --- Plumbing ----------------------------------------------------------------------------------------------------

    interface Rows {
        void write(CopyStream s) throws SQLException;
    }

    interface FamilyRows {
        void write(CopyStream s, Family f) throws SQLException;
    }

    interface CaseRows {
        void write(CopyStream s, Family f, Case c) throws SQLException;
    }

    private void copy(String table, String columns, Rows rows) throws SQLException {
        long began = System.nanoTime();
        long written;
        try (CopyStream s = new CopyStream(copies, table, columns)) {
            rows.write(s);
            written = s.rows();
        }
        report(table, written, began);
    }

    private void forFamilies(String table, String columns, FamilyRows rows) throws SQLException {
        copy(table, columns, s -> {
            CouncilPlan.Walk walk = plan.walk();
            while (walk.hasNext()) {
                rows.write(s, walk.next());
            }
        });
    }

    private void forCases(String table, String columns, CaseRows rows) throws SQLException {
        forFamilies(table, columns, (s, f) -> {
            for (Case c : f.cases) {
                rows.write(s, f, c);
            }
        });
    }

    private void exec(String table, String sql) throws SQLException {
        long began = System.nanoTime();
        try (Statement s = db.createStatement()) {
            boolean result = s.execute(sql);
            if (table != null && !result) {
                report(table, s.getUpdateCount(), began);
            }
        }
    }

    private void report(String table, long written, long began) {
        rows.merge(table, written, Long::sum);
        out.printf("%-32s %,10d %8.1f s%n", table, written, (System.nanoTime() - began) / 1e9);
        out.flush();
    }
}
