package org.placeworks.access;

import io.quarkus.arc.Arc;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placeworks.access.NeedToKnow.CaseRecord;
import org.placeworks.access.NeedToKnow.EngagementRecord;
import org.placeworks.access.NeedToKnow.FamilyRecord;
import org.placeworks.access.NeedToKnow.GrantRecord;
import org.placeworks.access.NeedToKnow.PanelRecord;
import org.placeworks.access.RouteTable.Route;

/** The matrix's records as each route is tried on them: a route's path filled in with a record's ids. */
final class MatrixPaths {

    private MatrixPaths() {
    }

    /** The records a route is tried on, each as its path parameters. */
    static Map<String, Map<String, String>> recordsFor(Need need, Route route, MatrixPeople.Records records,
            Map<String, Map<String, String>> estateIssues) {
        if (need == Need.ESTATE_READ || need == Need.ESTATE_CHANGE) {
            return estateIssues;
        }
        Map<String, Map<String, String>> tried = new LinkedHashMap<>();
        switch (need) {
            // A note's routes are tried on the note the Team member recorded on the Begum case.
            case CASE_READ, CASE_NOTE, NOTE_EDIT -> {
                if (route.path().contains("{noteId}")) {
                    tried.put(CaseRecord.BEGUM.name(), Map.of("id", records.cases().get(CaseRecord.BEGUM).toString(),
                            "noteId", records.teamMembersNote().toString()));
                } else {
                    for (CaseRecord c : CaseRecord.values()) {
                        tried.put(c.name(), caseAndChild(records, c));
                    }
                }
            }
            case CASE_CHANGE, CASE_REASSIGN -> {
                for (CaseRecord c : CaseRecord.values()) {
                    tried.put(c.name(), caseAndChild(records, c));
                }
            }
            case CASE_ACTION -> tried.put(CaseRecord.BEGUM.name(), Map.of("id", records.cases().get(CaseRecord.BEGUM).toString(),
                    "actionId", records.teamMembersAction().toString()));
            case FAMILY_READ, FAMILY_CHANGE -> {
                for (FamilyRecord f : FamilyRecord.values()) {
                    boolean person = route.path().startsWith("/people/") || route.path().startsWith("/api/v1/people/");
                    UUID id = person ? records.parents().get(f) : records.families().get(f);
                    tried.put(f.name(), Map.of("id", id.toString(), "staffId", UUID.randomUUID().toString()));
                }
            }
            case DOCUMENT_READ -> records.documents().forEach((record, id) -> tried.put(record, Map.of("id", id.toString())));
            case MEETING_READ -> tried.put(PanelRecord.MEETING.name(), Map.of("id", records.meeting().toString()));
            case ITEM_READ -> {
                tried.put(PanelRecord.NOLAN_ITEM.name(), Map.of("id", records.meeting().toString(),
                        "itemId", records.items().get(PanelRecord.NOLAN_ITEM).toString()));
                tried.put(PanelRecord.QUINN_ITEM.name(), Map.of("id", records.meeting().toString(),
                        "itemId", records.items().get(PanelRecord.QUINN_ITEM).toString()));
            }
            case FUND_READ -> tried.put(GrantRecord.FUND.name(), Map.of("id", records.fund().toString(),
                    "month", records.month()));
            case GRANT_READ -> tried.put(GrantRecord.REQUEST.name(), Map.of("id", records.grantRequest().toString()));
            case ENGAGEMENT_READ, ENGAGEMENT_CHANGE -> tried.put(EngagementRecord.WALKABOUT.name(), records.engagement());
            case REPORT_READ -> Arc.container().instance(MatrixPeople.class).get().reports()
                    .forEach((record, id) -> tried.put(record.name(), Map.of("id", id.toString())));
            case PASSED_ON_READ, PASSED_ON_REFERRAL -> records.passedOn().forEach((record, id) -> tried.put(record.name(), Map.of("id", id.toString())));
            case CASE_REVIEW -> tried.put(NeedToKnow.ReviewRecord.OPEN_REVIEW.name(), records.caseReview());
            default -> tried.put("none", Map.of());
        }
        return tried;
    }

    /** A case, and one of its children for the routes about a child of the case ({@code personId}). */
    static Map<String, String> caseAndChild(MatrixPeople.Records records, CaseRecord c) {
        return Map.of("id", records.cases().get(c).toString(), "personId", records.children().get(c).toString());
    }

    static String fill(String path, String query, Function<String, String> values) {
        return fill(path, values) + (query == null ? "" : "?" + fill(query, values));
    }

    static String fill(String template, Function<String, String> values) {
        StringBuilder path = new StringBuilder();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (m.find()) {
            String value = m.group(1).equals("file") ? "images/favicon.ico" : values.apply(m.group(1));
            m.appendReplacement(path, value == null ? UUID.randomUUID().toString() : value);
        }
        m.appendTail(path);
        return path.toString();
    }
}
