package org.placeworks.estate.api;

import java.util.UUID;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueLocation;
import org.placeworks.estate.NewEstateIssue;
import org.placeworks.estate.ReporterContact;

/**
 * An issue as the API receives it: its category, where it is ({@code addressId}, or {@code placeDescription}
 * with {@code neighbourhoodId} and optionally {@code estateId}; optional {@code latitude}/{@code longitude}),
 * what it is, and the reporter's contact if they gave one. The service checks every field and names it.
 */
public record IssueRequest(EstateCategory category, UUID addressId, String placeDescription, UUID neighbourhoodId, UUID estateId,
        Double latitude, Double longitude, String title, String description, String reporterName, String reporterEmail,
        String reporterPhone) {

    NewEstateIssue issue() {
        return new NewEstateIssue(category, new IssueLocation(addressId, placeDescription, neighbourhoodId, estateId, latitude, longitude),
                title, description, new ReporterContact(reporterName, reporterEmail, reporterPhone), IssueChannel.STAFF, null);
    }

    /** A status change: {@code closeReason} to close without fixing, {@code reason} to reopen; the issue's version read. */
    public record Transition(org.placeworks.estate.IssueTransition transition, org.placeworks.estate.CloseReason closeReason,
            String reason, String note, String publicNote, Long version) {

        org.placeworks.estate.IssueChange change() {
            return new org.placeworks.estate.IssueChange(transition, closeReason, reason, note, publicNote, version);
        }
    }
}
