package org.placeworks.estate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.estate.CloseReason;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.IllegalTransition;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueStatus;
import org.placeworks.estate.IssueTransition;
import org.placeworks.estate.ReporterContact;
import org.placeworks.shared.InvalidInput;

/**
 * An issue on an estate: the aggregate that guards its status. Work starts on a reported or reopened
 * issue; an open one is fixed or closed without fixing (with a reason); a fixed or closed one is
 * reopened (with a reason). Any other step is refused and nothing changes.
 */
@Entity
@Table(name = "estate_issue")
public class EstateIssue {

    @Id
    UUID id;

    String reference;

    @Enumerated(EnumType.STRING)
    EstateCategory category;

    @Enumerated(EnumType.STRING)
    IssueStatus status;

    String title;

    String description;

    @Column(name = "address_id")
    UUID addressId;

    @Column(name = "place_description")
    String placeDescription;

    @Column(name = "public_place")
    String publicPlace;

    @Column(name = "neighbourhood_id")
    UUID neighbourhoodId;

    @Column(name = "estate_id")
    UUID estateId;

    Double latitude;

    Double longitude;

    @Column(name = "reporter_name")
    String reporterName;

    @Column(name = "reporter_email")
    String reporterEmail;

    @Column(name = "reporter_phone")
    String reporterPhone;

    @Enumerated(EnumType.STRING)
    IssueChannel channel;

    @Column(name = "channel_reference")
    String channelReference;

    @Column(name = "owning_service_id")
    UUID owningServiceId;

    @Column(name = "reported_at")
    Instant reportedAt;

    @Column(name = "reported_by")
    String reportedBy;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "target_date")
    LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    CloseReason closeReason;

    @Version
    long version;

    protected EstateIssue() {
    }

    /** Where the issue is, as resolved when it was reported. */
    public record Place(UUID addressId, String description, String publicPlace, UUID neighbourhoodId, UUID estateId,
            Double latitude, Double longitude) {
    }

    public EstateIssue(String reference, EstateCategory category, String title, String description, Place place,
            ReporterContact reporter, IssueChannel channel, String channelReference, UUID owningServiceId,
            Instant at, String by, LocalDate targetDate) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.category = category;
        this.status = IssueStatus.REPORTED;
        this.title = title;
        this.description = description;
        this.addressId = place.addressId();
        this.placeDescription = place.description();
        this.publicPlace = place.publicPlace();
        this.neighbourhoodId = place.neighbourhoodId();
        this.estateId = place.estateId();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        ReporterContact who = reporter == null ? ReporterContact.NONE : reporter;
        this.reporterName = who.name();
        this.reporterEmail = who.email();
        this.reporterPhone = who.phone();
        this.channel = channel;
        this.channelReference = channelReference;
        this.owningServiceId = owningServiceId;
        this.reportedAt = at;
        this.reportedBy = by;
        this.updatedAt = at;
        this.targetDate = targetDate;
    }

    /**
     * Takes one step. Closing without fixing needs a reason from the list (and words when it is
     * "other"); reopening needs words saying why. Returns the status it left.
     */
    public IssueStatus take(IssueTransition step, CloseReason reason, String reasonText, Instant at) {
        if (step == null) {
            throw new InvalidInput("transition", "Select what to do with the issue");
        }
        if (!step.allowedFrom(status)) {
            throw new IllegalTransition("Issue " + reference + " is " + status.label().toLowerCase()
                    + ": it cannot be changed by \"" + step.label().toLowerCase() + "\".");
        }
        boolean noWords = reasonText == null || reasonText.isBlank();
        if (step == IssueTransition.CLOSE) {
            if (reason == null) {
                throw new InvalidInput("closeReason", "Select why the issue is being closed without fixing");
            }
            if (reason == CloseReason.OTHER && noWords) {
                throw new InvalidInput("reason", "Say why the issue is being closed without fixing");
            }
            closeReason = reason;
        } else if (step == IssueTransition.REOPEN) {
            if (noWords) {
                throw new InvalidInput("reason", "Say why the issue is being reopened");
            }
            closeReason = null;
        }
        IssueStatus was = status;
        status = step.to();
        updatedAt = at;
        return was;
    }

    /** A note or public note changes the issue's last update without changing its status. */
    public void touched(Instant at) {
        updatedAt = at;
    }

    public boolean overdue(LocalDate today) {
        return status.open() && targetDate.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public EstateCategory category() {
        return category;
    }

    public IssueStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public UUID addressId() {
        return addressId;
    }

    public String placeDescription() {
        return placeDescription;
    }

    public String publicPlace() {
        return publicPlace;
    }

    public UUID neighbourhoodId() {
        return neighbourhoodId;
    }

    public UUID estateId() {
        return estateId;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public ReporterContact reporter() {
        return new ReporterContact(reporterName, reporterEmail, reporterPhone);
    }

    public IssueChannel channel() {
        return channel;
    }

    public String channelReference() {
        return channelReference;
    }

    public UUID owningServiceId() {
        return owningServiceId;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public long version() {
        return version;
    }
}
